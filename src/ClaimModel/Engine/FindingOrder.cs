namespace ClaimModel.Engine;

/// <summary>The report sort key: incident (ordinal, none first), kind (declaration order), then participant
/// ids in canonical order (ordinal, element by element, shorter first). Consistent comparisons are sorted by the
/// same key (<see cref="ConsistentComparisonOrder"/>).</summary>
internal sealed class FindingOrder : IComparer<Finding>, IComparer<CompactFinding>
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

    /// <summary>The order of the findings two compact findings make, read from their entries (no finding made).</summary>
    /// <param name="x">The first.</param>
    /// <param name="y">The second.</param>
    public int Compare(CompactFinding x, CompactFinding y)
    {
        var order = string.CompareOrdinal(x.Incident, y.Incident);
        if (order != 0)
        {
            return order;
        }

        order = ((int)x.Kind).CompareTo((int)y.Kind);
        if (order != 0)
        {
            return order;
        }

        order = CompareParticipant(x.X.Id, x.X.Role, x.X.ParticipantStatement, y.X.Id, y.X.Role, y.X.ParticipantStatement);
        return order != 0 ? order : CompareParticipant(x.Y.Id, x.Y.Role, x.Y.ParticipantStatement, y.Y.Id, y.Y.Role, y.Y.ParticipantStatement);
    }

    /// <summary>Sorts <paramref name="findings"/> in report order (see <see cref="Sort{T}"/>).</summary>
    /// <param name="findings">The findings, sorted in place.</param>
    public static void Sort(Finding[] findings) => Sort(findings, static f => f.Incident, static f => f.Kind, Instance);

    /// <summary>Sorts positions of compact findings in <paramref name="chunks"/> in the order of the findings they make
    /// (see <see cref="Sort{T}"/>; the same order as sorting the findings themselves).</summary>
    /// <param name="order">The positions, sorted in place.</param>
    /// <param name="chunks">The findings (<see cref="CompactFindingChunks"/>).</param>
    public static void Sort(int[] order, CompactFinding[][] chunks) => Sort(
        order,
        i => CompactFindingChunks.At(chunks, i).Incident,
        i => CompactFindingChunks.At(chunks, i).Kind,
        Comparer<int>.Create((x, y) => Instance.Compare(CompactFindingChunks.At(chunks, x), CompactFindingChunks.At(chunks, y))));

    /// <summary>Sorts <paramref name="findings"/> in report order: first by a numeric key (the incident's rank
    /// among the findings' incidents, then the kind), which needs no string comparison per element, then each
    /// run of one incident and kind by its participants. O(f log f) with few string comparisons: the incidents
    /// are ranked once (i log i for i distinct incidents) and runs are short.</summary>
    private static void Sort<T>(T[] findings, Func<T, string?> incidentOf, Func<T, FindingKind> kindOf, IComparer<T> comparer)
    {
        var count = findings.Length;
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            if (incidentOf(finding) is { } incident)
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
        var keys = new long[count];
        string? last = null;
        var lastRank = 0;
        for (var i = 0; i < count; i++)
        {
            var incident = incidentOf(findings[i]);
            if (!ReferenceEquals(incident, last))
            {
                last = incident;
                lastRank = incident is null ? 0 : ranks[incident];
            }

            keys[i] = ((long)lastRank << 32) | (uint)kindOf(findings[i]);
        }

        Array.Sort(keys, findings);
        for (int start = 0, end; start < count; start = end)
        {
            end = start + 1;
            while (end < count && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(findings, start, end - start, comparer);
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
            order = CompareParticipant(a[i].Id, a[i].Role, a[i].Statement, b[i].Id, b[i].Role, b[i].Statement);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    /// <summary>Two participants: id (ordinal), role, then statement position (none first).</summary>
    private static int CompareParticipant(string idX, ParticipantRole roleX, int? statementX, string idY, ParticipantRole roleY, int? statementY)
    {
        var order = string.CompareOrdinal(idX, idY);
        if (order != 0)
        {
            return order;
        }

        order = ((int)roleX).CompareTo((int)roleY);
        return order != 0 ? order : (statementX ?? -1).CompareTo(statementY ?? -1);
    }
}
