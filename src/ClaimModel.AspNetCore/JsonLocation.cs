using System.Text.Json;
using ClaimModel.Serialization;

namespace ClaimModel.AspNetCore;

/// <summary>Where in a request body a JSON error is: the zero-based line and byte position in that line
/// (as <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/>).</summary>
/// <param name="LineNumber">The zero-based line, when known.</param>
/// <param name="BytePositionInLine">The zero-based byte position in the line, when known.</param>
/// <param name="ByteOffset">The zero-based byte offset, when neither line nor position is known.</param>
internal readonly record struct JsonLocation(long? LineNumber, long? BytePositionInLine, long? ByteOffset)
{
    /// <summary>The location an exception names; a <see cref="ClaimJsonException.ByteOffset"/> is turned into a line and
    /// position when <paramref name="body"/> (the buffer the offset counts in) is given.</summary>
    /// <param name="error">The exception.</param>
    /// <param name="body">The whole body the exception is about, or empty when it is not at hand.</param>
    public static JsonLocation Of(JsonException error, ReadOnlySpan<byte> body)
    {
        if (error.LineNumber is { } line)
        {
            return new JsonLocation(line, error.BytePositionInLine ?? 0, null);
        }

        if (error is ClaimJsonException { ByteOffset: { } offset })
        {
            if (body.IsEmpty || offset > body.Length)
            {
                return new JsonLocation(null, null, offset);
            }

            var before = body[..(int)offset];
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            return new JsonLocation(before.Count((byte)'\n'), offset - lineStart, null);
        }

        return default;
    }
}
