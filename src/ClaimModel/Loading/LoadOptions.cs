using ClaimModel.Serialization;

namespace ClaimModel.Loading;

/// <summary>How <see cref="ClaimDocumentLoader"/> finds and reads documents. The defaults suit a folder tree of
/// ClaimModel JSON files (<c>seeds/</c>): every <c>*.json</c> file, subfolders included.</summary>
/// <remarks>Value equality over every member (<see cref="StandardInput"/> compares by delegate).</remarks>
public sealed record LoadOptions
{
    /// <summary>The defaults: <c>*.json</c>, recursive, no standard input.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>The file names a folder's documents have, as a simple wildcard pattern (<c>*</c> any characters,
    /// <c>?</c> one), matched case-insensitively on every operating system. Default <c>*.json</c>.</summary>
    public string SearchPattern { get; init; } = "*.json";

    /// <summary>Whether a folder's subfolders are read too (default <see langword="true"/>). Hidden and system
    /// files and folders (names starting with <c>.</c> on Unix) are skipped; links to folders are not followed,
    /// so a link cycle cannot make the walk endless.</summary>
    public bool Recursive { get; init; } = true;

    /// <summary>When set, the path <see cref="ClaimDocumentLoader.StandardInputPath"/> (<c>-</c>) reads this stream
    /// (opened once, disposed after reading) under the name <see cref="ClaimDocumentLoader.StandardInputName"/>,
    /// as command-line tools do; when <see langword="null"/> (the default), <c>-</c> is an ordinary file name.</summary>
    public Func<Stream>? StandardInput { get; init; }

    /// <summary>The limits each document is read within (default <see cref="ClaimReadLimits.Trusted"/>, for your own
    /// files; <see cref="ClaimReadLimits.Service"/> for files from others). A document over a limit is a
    /// <see cref="LoadFailureKind.InvalidJson"/> failure naming the path, the limit and the value.</summary>
    public ClaimReadLimits ReadLimits { get; init; } = ClaimReadLimits.Trusted;
}
