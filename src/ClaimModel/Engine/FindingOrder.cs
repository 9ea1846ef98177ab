namespace ClaimModel.Engine;

/// <summary>The report sort key: incident (ordinal, none first), kind (declaration order), then participant
/// ids in canonical order (ordinal, element by element, shorter first). Consistent comparisons are sorted by the
/// same key (<see cref="ConsistentComparisonOrder"/>).</summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    /// <summary>The one instance.</summary>
    public static readonly FindingOrder Instance = new();

    /// <inheritdoc/>
    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        return Compare(x.Incident, (int)x.Kind, x.Participants.AsSpan(), y.Incident, (int)y.Kind, y.Participants.AsSpan());
    }

    /// <summary>Sorts <paramref name="findings"/> in report order: first by a numeric key (the incident's rank
    /// among the findings' incidents, then the kind), which needs no string comparison per element, then each
    /// run of one incident and kind by its participants. O(f log f) with few string comparisons: the incidents
    /// are ranked once (i log i for i distinct incidents) and runs are short.</summary>
    /// <param name="findings">The findings, sorted in place.</param>
    public static void Sort(Finding[] findings)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            if (finding.Incident is { } incident)
            {
                ranks.TryAdd(incident, 0);
            }
        }

        var incidents = ranks.Keys.ToArray();
        Array.Sort(incidents, StringComparer.Ordinal);
        for (var i = 0; i < incidents.Length; i++)
        {
            ranks[incidents[i]] = i + 1;
        }

        // Findings of one incident mostly come in clusters: look the rank up once per cluster.
        var keys = new long[findings.Length];
        string? last = null;
        var lastRank = 0;
        for (var i = 0; i < findings.Length; i++)
        {
            var incident = findings[i].Incident;
            if (!ReferenceEquals(incident, last))
            {
                last = incident;
                lastRank = incident is null ? 0 : ranks[incident];
            }

            keys[i] = ((long)lastRank << 32) | (uint)findings[i].Kind;
        }

        Array.Sort(keys, findings);
        for (int start = 0, end; start < findings.Length; start = end)
        {
            end = start + 1;
            while (end < findings.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(findings, start, end - start, Instance);
            }
        }
    }

    /// <summary>The sort key over its parts: incident, kind, then participants.</summary>
    public static int Compare(string? incidentX, int kindX, ReadOnlySpan<FindingParticipant> a, string? incidentY, int kindY, ReadOnlySpan<FindingParticipant> b)
    {
        var order = string.CompareOrdinal(incidentX, incidentY);
        if (order != 0)
        {
            return order;
        }

        order = kindX.CompareTo(kindY);
        if (order != 0)
        {
            return order;
        }

        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            order = string.CompareOrdinal(a[i].Id, b[i].Id);
            if (order != 0)
            {
                return order;
            }

            order = ((int)a[i].Role).CompareTo((int)b[i].Role);
            if (order != 0)
            {
                return order;
            }

            order = (a[i].Statement ?? -1).CompareTo(b[i].Statement ?? -1);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
