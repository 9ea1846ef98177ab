using System.Buffers;
using System.Text;

namespace ClaimModel.Validation;

/// <summary>Finds an evidence <see cref="Quote"/> in a source text (W3C TextQuoteSelector: prefix + exact + suffix,
/// positions in Unicode code points). Ordinal; with positions, the text is searched only when the quote is not at
/// them. The search goes through the source's <see cref="SourceTextIndex"/>, built once per source.</summary>
internal static class QuoteLocator
{
    /// <summary>How a quote relates to a text.</summary>
    public enum Match
    {
        /// <summary>The quote occurs (at its positions, when given).</summary>
        Found,

        /// <summary>prefix + exact + suffix does not occur anywhere.</summary>
        NotFound,

        /// <summary>It occurs, but not at the given positions.</summary>
        PositionMismatch,
    }

    /// <summary>The number of code points in <paramref name="text"/> (a surrogate pair is one; a lone surrogate is one).</summary>
    public static int CodePointCount(ReadOnlySpan<char> text)
    {
        if (!HasSurrogate(text))
        {
            return text.Length;
        }

        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    /// <summary>Locates <paramref name="quote"/> (whose <see cref="Quote.Exact"/> is not empty) in <paramref name="text"/>.</summary>
    public static Match Locate(SourceTextIndex text, Quote quote)
    {
        var exact = quote.Exact;
        var prefix = quote.Prefix ?? string.Empty;
        var suffix = quote.Suffix ?? string.Empty;
        if (quote.Start is null && quote.End is null)
        {
            return Occurs(text, prefix, exact, suffix) ? Match.Found : Match.NotFound;
        }

        int start;
        if (quote.Start is { } codePointStart)
        {
            start = text.Utf16Index(codePointStart);
        }
        else
        {
            var end = text.Utf16Index(quote.End!.Value);
            start = end < 0 ? -1 : end - exact.Length;
        }

        if (start >= 0 && OccursAt(text.Text, start, prefix, exact, suffix))
        {
            return Match.Found;
        }

        return Occurs(text, prefix, exact, suffix) ? Match.PositionMismatch : Match.NotFound;
    }

    private static bool Occurs(SourceTextIndex text, string prefix, string exact, string suffix)
    {
        var length = prefix.Length + exact.Length + suffix.Length;
        if (length > text.Text.Length)
        {
            return false;
        }

        // prefix + exact + suffix without allocating it: on the stack, or in a pooled buffer when long.
        char[]? rented = null;
        var joined = length <= 256 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length)).AsSpan(0, length);
        prefix.CopyTo(joined);
        exact.CopyTo(joined[prefix.Length..]);
        suffix.CopyTo(joined[(prefix.Length + exact.Length)..]);
        var found = text.Contains(joined);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return found;
    }

    private static bool OccursAt(string text, int start, string prefix, string exact, string suffix) =>
        start >= prefix.Length
        && start <= text.Length - exact.Length - suffix.Length
        && text.AsSpan(start - prefix.Length, prefix.Length).SequenceEqual(prefix)
        && text.AsSpan(start, exact.Length).SequenceEqual(exact)
        && text.AsSpan(start + exact.Length, suffix.Length).SequenceEqual(suffix);

    /// <summary>Whether <paramref name="text"/> has a surrogate (vectorised; without one, code points are UTF-16 units).</summary>
    /// <remarks>ASCII text (the common case) is recognised by the non-generic <see cref="Ascii.IsValid(ReadOnlySpan{char})"/>:
    /// the generic <c>ContainsAnyInRange</c> allocates on every call until the JIT has optimised it.</remarks>
    internal static bool HasSurrogate(ReadOnlySpan<char> text) => !Ascii.IsValid(text) && text.ContainsAnyInRange('\uD800', '\uDFFF');
}
