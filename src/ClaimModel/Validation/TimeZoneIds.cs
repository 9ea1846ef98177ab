using System.Collections.Concurrent;

namespace ClaimModel.Validation;

/// <summary>Whether a time-zone id is a zone of the embedded IANA time-zone database (<see cref="TimeZoneDatabase"/>;
/// never the host's). Known ids are cached; text that cannot be an IANA id (too long, other characters) is rejected
/// without a lookup.</summary>
internal static class TimeZoneIds
{
    private const int MaxLength = 64;
    private static readonly ConcurrentDictionary<string, bool> Known = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="id"/> is a known IANA time-zone id.</summary>
    public static bool IsKnown(string id)
    {
        if (Known.ContainsKey(id))
        {
            return true;
        }

        if (id.Length is 0 or > MaxLength || !HasIanaShape(id))
        {
            return false;
        }

        var found = TimeZoneDatabase.Find(id) is not null;
        if (found)
        {
            Known.TryAdd(id, true);
        }

        return found;
    }

    private static bool HasIanaShape(string id)
    {
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+'))
            {
                return false;
            }
        }

        return id[0] != '/' && !id.Contains("..", StringComparison.Ordinal);
    }
}
