using System.Globalization;
using ClaimModel.Serialization;

namespace ClaimModel.Loading;

/// <summary>An input <see cref="ClaimDocumentLoader"/> could not read: which one, why, and what was wrong.</summary>
/// <remarks>Value equality over every member.</remarks>
/// <param name="Path">The file or folder as it was named (a folder's file: the folder as given joined with the
/// file's relative path, <c>/</c>-separated; standard input: <see cref="ClaimDocumentLoader.StandardInputName"/>).</param>
/// <param name="Kind">Why it could not be read.</param>
/// <param name="Message">What is wrong, in invariant English; for <see cref="LoadFailureKind.InvalidJson"/> the
/// <see cref="ClaimJsonException"/> message with its JSON path, line and position.</param>
public sealed record LoadFailure(string Path, LoadFailureKind Kind, string Message)
{
    /// <summary>One line naming the input first: <c>seeds/002.claims.json: '}' is invalid ... Path: $.actors | LineNumber: 3 ...</c>.</summary>
    /// <returns>The formatted failure.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path}: {Message}");

    /// <summary>The kind's kebab-case name (<c>invalid-json</c>).</summary>
    internal string KindName => EnumText<LoadFailureKind>.Name(Kind);
}
