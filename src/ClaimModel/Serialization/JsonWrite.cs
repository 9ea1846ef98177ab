using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;

namespace ClaimModel.Serialization;

/// <summary>The write rules shared by every format: arrays refuse <c>null</c> elements and complete the path of
/// a write error with the element index as the stack unwinds (no cost while nothing fails); strings refuse
/// lone surrogates, which the writer would silently replace with U+FFFD.</summary>
internal static class JsonWrite
{
    /// <summary>The UTF-8 scratch buffer of <see cref="TryEncode"/>, per thread.</summary>
    private const int ScratchBytes = 4096;

    [ThreadStatic]
    private static byte[]? t_utf8;

    /// <summary>Writes a string member, refusing a lone surrogate.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The encoded member name.</param>
    /// <param name="value">The text.</param>
    /// <param name="path">The path of the text below the value being written.</param>
    public static void String(Utf8JsonWriter writer, JsonEncodedText name, string value, string path)
    {
        if (TryEncode(value, out var utf8))
        {
            writer.WriteString(name, utf8);
            return;
        }

        RequireValidUtf16(value, path);
        writer.WriteString(name, value);
    }

    /// <summary>Writes a string value (an array element), refusing a lone surrogate.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The text.</param>
    /// <param name="path">The path of the text below the value being written.</param>
    public static void StringValue(Utf8JsonWriter writer, string value, string path)
    {
        if (TryEncode(value, out var utf8))
        {
            writer.WriteStringValue(utf8);
            return;
        }

        RequireValidUtf16(value, path);
        writer.WriteStringValue(value);
    }

    /// <summary>Writes a list as a JSON array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TList">The list type (a struct list is not boxed).</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="items">The elements.</param>
    /// <param name="element">The element format.</param>
    public static void Array<T, TList>(Utf8JsonWriter writer, TList items, ValueFormat<T> element)
        where TList : IReadOnlyList<T>
    {
        writer.WriteStartArray();
        for (var i = 0; i < items.Count; i++)
        {
            Element(writer, items[i], i, element);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the elements of a span (a <see cref="ValueList{T}"/>'s) as a JSON array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="items">The elements.</param>
    /// <param name="element">The element format.</param>
    public static void Array<T>(Utf8JsonWriter writer, ReadOnlySpan<T> items, ValueFormat<T> element)
    {
        writer.WriteStartArray();
        for (var i = 0; i < items.Length; i++)
        {
            Element(writer, items[i], i, element);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one element of an array, refusing <c>null</c>, a write error's path completed with the index.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="item">The element.</param>
    /// <param name="index">Its index in the array.</param>
    /// <param name="element">The element format.</param>
    public static void Element<T>(Utf8JsonWriter writer, T item, int index, ValueFormat<T> element)
    {
        try
        {
            if (item is null)
            {
                throw ClaimJsonException.Write("Cannot write a null list element; remove it.", string.Empty);
            }

            element.Write(writer, item);
        }
        catch (ClaimJsonException e) when (e.IsWrite)
        {
            throw e.Under("[" + index.ToString(CultureInfo.InvariantCulture) + "]");
        }
    }

    /// <summary>Encodes a text of up to a third of the scratch buffer as UTF-8 in one pass that also finds lone
    /// surrogates: the writer is then given UTF-8 (which it copies after its escaping scan) instead of scanning the
    /// text for surrogates, then for escapes, then transcoding it. A text that is longer or holds a lone surrogate
    /// (which <see cref="RequireValidUtf16"/> then reports) takes the UTF-16 path.</summary>
    private static bool TryEncode(string value, out ReadOnlySpan<byte> utf8)
    {
        var buffer = t_utf8 ??= new byte[ScratchBytes];
        if (value.Length <= ScratchBytes / 3
            && Utf8.FromUtf16(value, buffer, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            utf8 = buffer.AsSpan(0, written);
            return true;
        }

        utf8 = default;
        return false;
    }

    /// <summary>Refuses a lone surrogate. The common case (no surrogates at all) is one vectorized search.</summary>
    /// <param name="value">The text.</param>
    /// <param name="path">The path of the text below the value being written.</param>
    public static void RequireValidUtf16(string value, string path)
    {
        var text = MemoryMarshal.Cast<char, ushort>(value.AsSpan());
        // Searched as ushort: the char overload of IndexOfAnyInRange allocated 96 bytes a call under .NET 10.0
        // (a SearchValues<char> of the range does not allocate but is slower). After each valid pair (an emoji) the
        // search goes on vectorized, so a long text with a few emoji is not checked char by char.
        var i = text.IndexOfAnyInRange((ushort)0xD800, (ushort)0xDFFF);
        while (i >= 0)
        {
            if (char.IsHighSurrogate((char)text[i]) && i + 1 < text.Length && char.IsLowSurrogate((char)text[i + 1]))
            {
                var next = text[(i + 2)..].IndexOfAnyInRange((ushort)0xD800, (ushort)0xDFFF);
                i = next < 0 ? -1 : i + 2 + next;
                continue;
            }

            throw ClaimJsonException.Write(
                string.Create(CultureInfo.InvariantCulture, $"Cannot write a string holding a lone surrogate (U+{text[i]:X4} at index {i}); JSON text must be valid Unicode."),
                path);
        }
    }
}
