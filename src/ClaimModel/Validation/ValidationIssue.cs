using System.Globalization;
using ClaimModel.Serialization;

namespace ClaimModel.Validation;

/// <summary>One problem found in a document: where it is, what rule it breaks, and the offending value.</summary>
/// <remarks>
/// <para><see cref="Path"/> follows the JSON wire format: camelCase member names, zero-based indexes, no
/// <c>$.</c> prefix (<c>claims[3].reports[0].quote.exact</c>); an issue about the document itself has the
/// empty path. For a merge issue the path names the input document (<c>seeds/002.claims.json: actors[0]</c>).</para>
/// <para><see cref="Code"/> is one of the stable <see cref="ErrorCodes"/>; <see cref="Message"/> is invariant
/// English and may change between versions; <see cref="Value"/> is the offending value as text (invariant
/// culture, enums as their kebab-case names or, when undefined, their number), cut to
/// <see cref="MaxValueLength"/> characters, or <see langword="null"/> when the value is missing.</para>
/// <para>Value equality over every member.</para>
/// </remarks>
/// <param name="Code">The stable error code (<see cref="ErrorCodes"/>).</param>
/// <param name="Path">Where the problem is, in JSON-path style.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="Value">The offending value as text, or <see langword="null"/> when it is missing.</param>
/// <param name="Severity">How serious it is.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<ValidationIssue>))]
public sealed record ValidationIssue(string Code, string Path, string Message, string? Value, IssueSeverity Severity = IssueSeverity.Error)
{
    /// <summary>The longest <see cref="Value"/> kept; longer values are cut and end with <c>…</c>.</summary>
    public const int MaxValueLength = 200;

    /// <summary>One line: <c>error id-syntax actors[0].id: message (value: "Bad Id")</c>.</summary>
    /// <returns>The formatted issue, invariant culture.</returns>
    public override string ToString()
    {
        var severity = EnumText<IssueSeverity>.Name(Severity);
        var path = Path.Length == 0 ? "(document)" : Path;
        var value = Value is null ? "(none)" : "\"" + Value + "\"";
        return string.Create(CultureInfo.InvariantCulture, $"{severity} {Code} {path}: {Message} (value: {value})");
    }
}
