using System.Globalization;
using System.Text;

namespace ClaimModel.Export;

/// <summary>The IRIs of exported nodes (see <see cref="ExportOptions"/>): base, kind, id.</summary>
internal sealed class ExportIris(ExportOptions options)
{
    private readonly string _base = options.BaseIri;

    public string Actor(string id) => Of("actor/", id);

    public string Source(string id) => Of("source/", id);

    public string Claim(string id) => Of("claim/", id);

    public string Denial(string id) => Of("denial/", id);

    public string Review(string id) => Of("review/", id);

    public string Retraction(string id) => Of("retraction/", id);

    public string Report(string owner, int report) => Of("report/", owner) + "/" + report.ToString(CultureInfo.InvariantCulture);

    public string Relay(string owner, int report, int hop) => Report(owner, report) + "/relay/" + hop.ToString(CultureInfo.InvariantCulture);

    /// <summary><paramref name="iri"/> with every character that an IRI in Turtle or N-Quads may not hold
    /// (space, control characters, <c>&lt;&gt;"{}|^`\</c>) percent-encoded.</summary>
    public static string SafeIri(string iri)
    {
        if (iri.All(static c => !Unsafe(c)))
        {
            return iri;
        }

        var text = new StringBuilder(iri.Length + 8);
        foreach (var c in iri)
        {
            if (Unsafe(c))
            {
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static bool Unsafe(char c) => c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\' || char.IsControl(c);

    private string Of(string kind, string id) => string.Concat(_base, kind, Escape(id));

    /// <summary>The id as it is when it holds only the id alphabet (a-z, 0-9, <c>-._:</c>), else percent-encoded
    /// UTF-8 outside <c>[A-Za-z0-9-._~]</c>.</summary>
    internal static string Escape(string id)
    {
        var plain = true;
        foreach (var c in id)
        {
            plain &= char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or ':';
        }

        if (plain && id.Length > 0)
        {
            return id;
        }

        var text = new StringBuilder(id.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~'))
            {
                text.Append(c);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}
