using System.Text;

namespace ClaimModel.Validation;

/// <summary>Issue paths: from FluentValidation's property paths (<c>Claims[3].Reports[0].Quote</c>) to the wire
/// format's (<c>claims[3].reports[0].quote</c>), and the record a path belongs to, for document order.</summary>
internal static class IssuePath
{
    /// <summary>Lower-cases the first letter of every member name; indexes stay as they are.</summary>
    public static string ToWire(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(path);
        var atMemberStart = true;
        for (var i = 0; i < builder.Length; i++)
        {
            var c = builder[i];
            if (atMemberStart && char.IsAsciiLetterUpper(c))
            {
                builder[i] = (char)(c + ('a' - 'A'));
            }

            atMemberStart = c is '.' or ']';
        }

        return builder.ToString();
    }

    /// <summary>The document-order key of the record a wire path is in: its top-level collection's rank
    /// (0 for the root and <c>title</c>, then actors, sources, incidents, claims, denials, amendments) and its index.</summary>
    public static (int Rank, int Index) RecordKey(string wirePath)
    {
        var bracket = wirePath.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            return (0, 0);
        }

        var rank = wirePath.AsSpan(0, bracket) switch
        {
            "actors" => 1,
            "sources" => 2,
            "incidents" => 3,
            "claims" => 4,
            "denials" => 5,
            "amendments" => 6,
            _ => 0,
        };
        var close = wirePath.IndexOf(']', bracket);
        var index = close > bracket && int.TryParse(wirePath.AsSpan(bracket + 1, close - bracket - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : 0;
        return (rank, index);
    }
}
