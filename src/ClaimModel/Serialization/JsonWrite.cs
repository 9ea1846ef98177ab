using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The write rules shared by every format: arrays refuse <c>null</c> elements and complete the path of
/// a write error with the element index as the stack unwinds (no cost while nothing fails); strings refuse
/// lone surrogates, which the writer would silently replace with U+FFFD.</summary>
internal static class JsonWrite
{
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
            var item = items[i];
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
                throw e.Under("[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            }
        }

        writer.WriteEndArray();
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
