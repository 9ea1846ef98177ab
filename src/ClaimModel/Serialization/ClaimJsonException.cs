using System.Globalization;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The one exception <see cref="ClaimJson"/> throws for JSON it cannot read (malformed, not a
/// ClaimModel document, or breaking the strict rules of the wire format) and for a model it cannot write
/// (a required member that is <see langword="null"/>, an undefined enum value, a non-finite number).</summary>
/// <remarks>
/// <para><see cref="JsonException.Path"/> is the JSON path of the offending value
/// (<c>$.claims[3].reports[0].quote</c>); on read, <see cref="JsonException.LineNumber"/> and
/// <see cref="JsonException.BytePositionInLine"/> are zero-based, as in <see cref="JsonException"/>.
/// <see cref="Reason"/> says what is wrong and what to do, without the location; <see cref="Exception.Message"/>
/// is the reason followed by the location.</para>
/// <para>When the exception comes from a converter called by <see cref="JsonSerializer"/>, the input
/// buffer is not visible, so the position is given as <see cref="ByteOffset"/> (from the start of the
/// reader's buffer) instead of a line and column.</para>
/// </remarks>
public sealed class ClaimJsonException : JsonException
{
    private const string DefaultReason = "The JSON is not a valid ClaimModel document.";

    /// <summary>Creates an exception with a generic reason.</summary>
    public ClaimJsonException()
        : this(DefaultReason)
    {
    }

    /// <summary>Creates an exception with a reason and no location.</summary>
    /// <param name="message">What is wrong.</param>
    public ClaimJsonException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates an exception with a reason, no location and an inner exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ClaimJsonException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Reason = message;
        RelativePath = string.Empty;
    }

    private ClaimJsonException(string reason, string relativePath, long? lineNumber, long? bytePositionInLine, long? byteOffset, bool isWrite, Exception? innerException)
        : base(Compose(reason, "$" + relativePath, lineNumber, bytePositionInLine, byteOffset), "$" + relativePath, lineNumber, bytePositionInLine, innerException)
    {
        Reason = reason;
        RelativePath = relativePath;
        ByteOffset = byteOffset;
        IsWrite = isWrite;
    }

    /// <summary>What is wrong and what to do, without the location.</summary>
    public string Reason { get; }

    /// <summary>The zero-based offset of the offending token from the start of the reader's buffer, when no
    /// line and column could be given; otherwise <see langword="null"/>.</summary>
    public long? ByteOffset { get; }

    /// <summary>The path below <c>$</c> (<c>.claims[3].id</c>).</summary>
    internal string RelativePath { get; }

    /// <summary>Whether this is a write error (its path is completed while the stack unwinds).</summary>
    internal bool IsWrite { get; }

    /// <summary>A read error at a path and a byte offset, to be located (line, column) by the entry point.</summary>
    internal static ClaimJsonException Read(string reason, string relativePath, long byteOffset, Exception? inner = null) =>
        new(reason, relativePath, null, null, byteOffset, isWrite: false, inner);

    /// <summary>A read error whose line and column are already known (from the reader itself).</summary>
    internal static ClaimJsonException ReadAt(string reason, string relativePath, long? lineNumber, long? bytePositionInLine, Exception? inner) =>
        new(reason, relativePath, lineNumber, bytePositionInLine, null, isWrite: false, inner);

    /// <summary>A write error at a member path relative to the value being written.</summary>
    internal static ClaimJsonException Write(string reason, string relativePath, Exception? inner = null) =>
        new(reason, relativePath, null, null, null, isWrite: true, inner);

    /// <summary>The same write error one level further out (<paramref name="segment"/> prefixed to the path).</summary>
    internal ClaimJsonException Under(string segment) =>
        new(Reason, segment + RelativePath, null, null, null, isWrite: true, InnerException);

    /// <summary>The same read error with its byte offset turned into a zero-based line and byte position in
    /// <paramref name="json"/> (the buffer the offset counts in).</summary>
    internal ClaimJsonException Locate(ReadOnlySpan<byte> json)
    {
        if (ByteOffset is not { } offset || offset > json.Length)
        {
            return this;
        }

        var before = json[..(int)offset];
        var line = before.Count((byte)'\n');
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new ClaimJsonException(Reason, RelativePath, line, offset - lineStart, null, isWrite: false, InnerException);
    }

    private static string Compose(string reason, string path, long? lineNumber, long? bytePositionInLine, long? byteOffset)
    {
        var inv = CultureInfo.InvariantCulture;
        if (lineNumber is { } line)
        {
            return string.Create(inv, $"{reason} Path: {path} | LineNumber: {line} | BytePositionInLine: {bytePositionInLine ?? 0}.");
        }

        return byteOffset is { } offset
            ? string.Create(inv, $"{reason} Path: {path} | ByteOffset: {offset}.")
            : string.Create(inv, $"{reason} Path: {path}.");
    }
}
