using System.Text;

namespace ClaimModel.Reporting;

/// <summary>Escapes data text for HTML and SVG, in element content and in quoted attributes alike: <c>&amp; &lt; &gt;
/// " '</c> as references; characters XML cannot hold (controls other than tab and line breaks, lone surrogates) as
/// U+FFFD, so the file is also well-formed XML.</summary>
internal static class HtmlText
{
    /// <summary>The escaped text.</summary>
    public static string Escape(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' => null,
                '\r' => "&#13;",
                < ' ' or '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) => null,
                _ when char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) => null,
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ => null,
            };
            if (replacement is not null)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length + 16);
                builder.Append(replacement);
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Writes the escaped text.</summary>
    public static void Write(TextWriter writer, string text) => writer.Write(Escape(text));

    /// <summary>At most <paramref name="max"/> characters, cut with "…" (never inside a surrogate pair).</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
