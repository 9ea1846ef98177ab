using System.Text.Json;
using ClaimModel.Serialization;
using ClaimModel.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ClaimModel.AspNetCore;

/// <summary>RFC 9457 problem details for ClaimModel request bodies: one for JSON that cannot be read, one for a
/// document that is read but invalid.</summary>
/// <remarks>
/// <para>A malformed-JSON problem is a 400 whose <c>detail</c> is the reason (what is wrong and what to do) and whose
/// extensions say where: <c>path</c> (the JSON path, <c>$.claims[3].reports[0]</c>), <c>lineNumber</c> and
/// <c>bytePositionInLine</c> (zero-based, as in <see cref="JsonException"/>), or <c>byteOffset</c> when only an
/// offset is known.</para>
/// <para>A validation problem is an <see cref="HttpValidationProblemDetails"/> (400): <c>errors</c> maps each issue
/// path (<c>claims[0].claimant</c>) to its messages and the extension <c>codes</c> maps the same paths to the stable
/// error codes (<c>reference-dangling</c>), in the same order. Only issues of severity
/// <see cref="IssueSeverity.Error"/> are listed, as only they make a document invalid.</para>
/// <para>Extension values are <see cref="JsonElement"/>s, strings and numbers, which ASP.NET Core serializes
/// without reflection (NativeAOT-safe).</para>
/// </remarks>
public static class ClaimModelProblems
{
    /// <summary>The title of a malformed-JSON problem.</summary>
    public const string MalformedTitle = "The request body is not readable ClaimModel JSON.";

    /// <summary>The title of a validation problem.</summary>
    public const string InvalidTitle = "The ClaimModel document is not valid.";

    /// <summary>The title of a problem for a body over <see cref="ClaimModelHttpOptions.MaxBodyBytes"/>.</summary>
    public const string TooLargeTitle = "The request body is too large.";

    /// <summary>A 400 problem for JSON that cannot be read, with the reason, path, line and position of
    /// <paramref name="error"/>.</summary>
    /// <param name="error">The error (a <see cref="ClaimJsonException"/> from ClaimModel, or any
    /// <see cref="JsonException"/>).</param>
    public static ProblemDetails Malformed(JsonException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Malformed(error, JsonLocation.Of(error, default));
    }

    /// <summary>A 400 validation problem listing the errors of <paramref name="outcome"/> (path → messages in
    /// <c>errors</c>, path → codes in the <c>codes</c> extension).</summary>
    /// <param name="outcome">The outcome of <see cref="ClaimValidation.Validate(ClaimDocument)"/>.</param>
    public static HttpValidationProblemDetails Invalid(ValidationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var messages = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var codes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var issue in outcome.Issues)
        {
            if (issue.Severity != IssueSeverity.Error)
            {
                continue;
            }

            Append(messages, issue.Path, issue.Message);
            Append(codes, issue.Path, issue.Code);
        }

        var problem = new HttpValidationProblemDetails(messages.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = InvalidTitle,
            Detail = codes.Count == 1 ? "1 path has errors." : $"{codes.Count} paths have errors.",
        };
        problem.Extensions["codes"] = ToElement(codes);
        return problem;
    }

    /// <summary>The problem for <paramref name="error"/> at an already known location.</summary>
    internal static ProblemDetails Malformed(JsonException error, JsonLocation location)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = MalformedTitle,
            Detail = error is ClaimJsonException claimError ? claimError.Reason : error.Message,
        };
        problem.Extensions["path"] = StringElement(error.Path ?? "$");
        if (location.LineNumber is { } line)
        {
            problem.Extensions["lineNumber"] = Number(line);
            problem.Extensions["bytePositionInLine"] = Number(location.BytePositionInLine ?? 0);
        }
        else if (location.ByteOffset is { } offset)
        {
            problem.Extensions["byteOffset"] = Number(offset);
        }

        return problem;
    }

    /// <summary>A 413 problem for a body longer than <paramref name="limit"/> bytes, the value of
    /// <paramref name="setting"/> (of <see cref="ClaimModelHttpOptions"/>).</summary>
    internal static ProblemDetails TooLarge(long limit, string setting) => new()
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = TooLargeTitle,
        Detail = FormattableString.Invariant($"The body is longer than {limit} bytes; split the document or raise ClaimModelHttpOptions.{setting}."),
    };

    /// <summary>A number as a <see cref="JsonElement"/> (extension values of other types need metadata under NativeAOT).</summary>
    internal static JsonElement Number(long value) =>
        Element(System.Text.Encoding.ASCII.GetBytes(value.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static JsonElement StringElement(string value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(value);
        }

        return Element(buffer.WrittenSpan);
    }

    private static JsonElement Element(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        return document.RootElement.Clone();
    }

    private static void Append(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private static JsonElement ToElement(Dictionary<string, List<string>> map)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, values) in map)
            {
                writer.WriteStartArray(key);
                foreach (var value in values)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
