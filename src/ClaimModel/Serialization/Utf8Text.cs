using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>Compares the reader's current name or string with UTF-8 text: a plain span comparison in the
/// common case (contiguous and unescaped), <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/>
/// otherwise (escapes such as <c>\u0066</c> are honoured).</summary>
internal static class Utf8Text
{
    /// <summary>Whether the reader's current token text equals <paramref name="utf8"/>.</summary>
    /// <param name="reader">A reader on a property name or string.</param>
    /// <param name="utf8">The unescaped UTF-8 text.</param>
    public static bool Equals(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8) =>
        reader.HasValueSequence || reader.ValueIsEscaped
            ? reader.ValueTextEquals(utf8)
            : reader.ValueSpan.SequenceEqual(utf8);
}
