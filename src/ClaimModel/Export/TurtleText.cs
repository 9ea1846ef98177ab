using System.Globalization;
using System.Text;

namespace ClaimModel.Export;

/// <summary>Turtle (RDF 1.1) lexical forms.</summary>
internal static class TurtleText
{
    /// <summary>A string literal in double quotes: <c>"</c> and <c>\</c> escaped, line feed, carriage return, tab,
    /// backspace and form feed as <c>\n \r \t \b \f</c>, every other control character (and U+FFFE, U+FFFF)
    /// as <c>\uXXXX</c>, an unpaired surrogate (no character at all) as <c>\uFFFD</c>; all other text as is (the
    /// file is UTF-8).</summary>
    public static StringBuilder AppendString(StringBuilder text, string value)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        text.Append("\\uFFFD");
                    }
                    else if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF')
                    {
                        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"');
    }

    /// <summary>An IRI reference in angle brackets (the IRI is already free of characters Turtle forbids in one;
    /// see <see cref="ExportIris.SafeIri"/>).</summary>
    public static StringBuilder AppendIri(StringBuilder text, string iri) => text.Append('<').Append(iri).Append('>');
}
