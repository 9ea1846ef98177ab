using System.Globalization;

namespace ClaimModel.Validation;

/// <summary>Where the parts of a document made from others came from: each record of a collection
/// (<c>claims[5]</c> → <c>seeds/002.claims.json: claims[0]</c>) and each element an amendment added to a record
/// (<c>claims[5].reports[1]</c> → <c>seeds/003.claims.json: amendments[0].reports[0]</c>).</summary>
internal sealed class PathOrigins
{
    private readonly Dictionary<string, List<string>> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _parts = new(StringComparer.Ordinal);

    /// <summary>Sets where each record of <paramref name="collection"/> (wire name) came from, by index.</summary>
    public void SetRecords(string collection, List<string> places) => _records[collection] = places;

    /// <summary>Sets where the element at <paramref name="part"/> (<c>claims[5].reports[1]</c>) came from.</summary>
    public void SetPart(string part, string place) => _parts[part] = place;

    /// <summary>The origin of <paramref name="path"/>: the element's place when it is inside an added element, else
    /// the record's place when it is inside a known record, else <paramref name="path"/> unchanged.</summary>
    public string Map(string path)
    {
        var bracket = path.IndexOf('[', StringComparison.Ordinal);
        var close = bracket < 0 ? -1 : path.IndexOf(']', bracket);
        if (close < 0)
        {
            return path;
        }

        if (_parts.Count > 0 && close + 1 < path.Length && path[close + 1] == '.')
        {
            var inner = path.IndexOf('[', close);
            var innerClose = inner < 0 ? -1 : path.IndexOf(']', inner);
            if (innerClose > 0 && _parts.TryGetValue(path[..(innerClose + 1)], out var part))
            {
                return string.Concat(part, path.AsSpan(innerClose + 1));
            }
        }

        if (!_records.TryGetValue(path[..bracket], out var places)
            || !int.TryParse(path.AsSpan(bracket + 1, close - bracket - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index >= places.Count)
        {
            return path;
        }

        return string.Concat(places[index], path.AsSpan(close + 1));
    }
}
