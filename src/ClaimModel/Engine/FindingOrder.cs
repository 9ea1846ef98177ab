using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ClaimModel.Engine;

/// <summary>The report sort key: incident (ordinal, none first), kind (declaration order), then participant
/// ids in canonical order (ordinal, element by element, shorter first). Consistent comparisons are sorted by the
/// same key (<see cref="ConsistentComparisonOrder"/>).</summary>
internal sealed class FindingOrder : IComparer<Finding>, IComparer<CompactFinding>
{
    /// <summary>The one instance.</summary>
    public static readonly FindingOrder Instance = new();

    /// <summary><see cref="Compare(Finding?, Finding?)"/> as one shared delegate (sorting with the comparer itself makes
    /// a delegate per sort).</summary>
    public static readonly Comparison<Finding> Findings = Instance.Compare;

    /// <summary>The same order for findings the engine made and no <c>with</c> expression changed, read from their
    /// entries (<see cref="Compare(CompactFinding, CompactFinding)"/>), so sorting builds no participants list.</summary>
    public static readonly Comparison<Finding> EngineFindings = static (x, y) => Instance.Compare(x.Compact, y.Compact);

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
    /// (see <see cref="Sort{T}"/>; the same order as sorting the findings themselves). Each run of one incident and kind
    /// is sorted on the participants' ids and ranks, read once per finding into a buffer reused across runs, so a
    /// comparison reads no entry, finding or incident. The runs are independent and their order is total, so with
    /// <see cref="ParallelFrom"/> findings or more and a second processor the two halves of them are sorted at once,
    /// with the same result.</summary>
    /// <param name="order">The positions, sorted in place.</param>
    /// <param name="chunks">The findings (<see cref="CompactFindingChunks"/>).</param>
    public static void Sort(int[] order, CompactFinding[][] chunks)
    {
        var keys = IncidentKindKeys(order, i => CompactFindingChunks.At(chunks, i).IncidentKey, i => CompactFindingChunks.At(chunks, i).Incident, i => CompactFindingChunks.At(chunks, i).Kind, out var incidents);
        var runs = GroupByKey(order, keys, incidents);
        if (order.Length < ParallelFrom || Environment.ProcessorCount < 2)
        {
            SortRuns(order, runs, chunks, 0, runs.Length - 1);
            return;
        }

        // The first run that starts in the second half.
        var middle = 0;
        while (runs[middle] < order.Length / 2)
        {
            middle++;
        }

        Parallel.Invoke(() => SortRuns(order, runs, chunks, 0, middle), () => SortRuns(order, runs, chunks, middle, runs.Length - 1));
    }

    /// <summary>How many findings make the report sort use two threads.</summary>
    internal const int ParallelFrom = 1 << 16;

    /// <summary>How many finding kinds there are (their values run from 0).</summary>
    private static readonly int KindCount = (int)Enum.GetValues<FindingKind>().Max() + 1;

    /// <summary>Orders <paramref name="order"/> by <paramref name="keys"/> (incident rank, kind) and returns where each
    /// run of one key starts, then the end: run r is from <c>runs[r]</c> up to <c>runs[r + 1]</c> (some empty). A
    /// counting sort, linear, when there are not many more keys than findings (one count per possible key); else a
    /// comparison sort and the runs read off the sorted keys. Within a run the order is left to
    /// <see cref="SortRuns"/>.</summary>
    private static int[] GroupByKey(int[] order, long[] keys, int incidents)
    {
        var buckets = (long)(incidents + 1) * KindCount;
        if (buckets > (2L * order.Length) + 1024)
        {
            Array.Sort(keys, order);
            return RunStarts(keys);
        }

        // The keys' memory holds twice as many ints: the buckets go to the first half (int i lies in long i / 2,
        // which is read before it is overwritten), the placed positions to the second, so nothing more is allocated.
        var ints = MemoryMarshal.Cast<long, int>(keys.AsSpan());
        var n = order.Length;
        for (var i = 0; i < n; i++)
        {
            ints[i] = Bucket(keys[i]);
        }

        // Counts at [bucket + 2], summed so that [bucket + 1] is where the bucket's run starts; placing moves
        // [bucket + 1] to its end, which is where the next run starts, so the counts left are the run bounds ([0] is 0).
        var runs = new int[buckets + 2];
        foreach (var bucket in ints[..n])
        {
            runs[bucket + 2]++;
        }

        for (var i = 2; i < runs.Length; i++)
        {
            runs[i] += runs[i - 1];
        }

        for (var i = 0; i < n; i++)
        {
            ints[n + runs[ints[i] + 1]++] = order[i];
        }

        ints.Slice(n, n).CopyTo(order);
        return runs; // its last run, from the end to the end, is empty
    }

    /// <summary>The counting sort's slot of a key: the incident's rank times the kinds, plus the kind.</summary>
    private static int Bucket(long key) => ((int)(key >> 32) * KindCount) + (int)(key & uint.MaxValue);

    /// <summary>Sorts by participants each run from <paramref name="from"/> up to <paramref name="to"/> (run r is from
    /// <c>runs[r]</c> up to <c>runs[r + 1]</c>).</summary>
    private static void SortRuns(int[] order, int[] runs, CompactFinding[][] chunks, int from, int to)
    {
        var run = Array.Empty<ParticipantKey>();
        for (var r = from; r < to; r++)
        {
            var (start, length) = (runs[r], runs[r + 1] - runs[r]);
            if (length < 2)
            {
                continue;
            }

            if (run.Length < length)
            {
                run = new ParticipantKey[Math.Max(length, run.Length * 2)];
            }

            for (var i = 0; i < length; i++)
            {
                ref readonly var finding = ref CompactFindingChunks.At(chunks, order[start + i]);
                run[i] = new ParticipantKey(finding.X, finding.Y, order[start + i]);
            }

            var span = run.AsSpan(0, length);
            span.Sort();
            for (var i = 0; i < length; i++)
            {
                order[start + i] = span[i].Position;
            }
        }
    }

    /// <summary>Sorts <paramref name="findings"/> in report order: first by a numeric key (the incident's rank
    /// among the findings' incidents, then the kind), which needs no string comparison per element, then each
    /// run of one incident and kind by its participants. O(f log f) with few string comparisons: the incidents
    /// are ranked once (i log i for i distinct incidents) and runs are short.</summary>
    private static void Sort<T>(T[] findings, Func<T, string?> incidentOf, Func<T, FindingKind> kindOf, IComparer<T> comparer)
    {
        var keys = IncidentKindKeys(findings, null, incidentOf, kindOf, out _);
        Array.Sort(keys, findings);
        var runs = RunStarts(keys);
        for (var r = 0; r < runs.Length - 1; r++)
        {
            if (runs[r + 1] - runs[r] > 1)
            {
                Array.Sort(findings, runs[r], runs[r + 1] - runs[r], comparer);
            }
        }
    }

    /// <summary>Where each run of equal <paramref name="sorted"/> keys starts, then the end (run r is from
    /// <c>runs[r]</c> up to <c>runs[r + 1]</c>).</summary>
    private static int[] RunStarts(long[] sorted)
    {
        var starts = new List<int> { 0 };
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[i - 1])
            {
                starts.Add(i);
            }
        }

        starts.Add(sorted.Length);
        return [.. starts];
    }

    /// <summary>The numeric key of each finding: the rank of its incident among the findings' incidents (ordinal, none
    /// first) in the high half, its kind in the low half. Each finding first gets its incident's number in order of
    /// appearance, then the numbers are replaced by ranks (the incidents sorted once: i log i for i distinct). Findings
    /// of one incident mostly come together, so an incident is looked up once per cluster: by its interned key when
    /// <paramref name="keyOf"/> gives one (compact findings: equal keys, equal incidents, and the incident is read once
    /// per key), else by the incident's reference, then its text.</summary>
    private static long[] IncidentKindKeys<T>(T[] findings, Func<T, int>? keyOf, Func<T, string?> incidentOf, Func<T, FindingKind> kindOf, out int incidents)
    {
        var names = new List<string>();
        var byKey = keyOf is null ? null : new Dictionary<int, int>();
        var byName = keyOf is null ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        var keys = new long[findings.Length];
        var (lastKey, lastIncident, number) = (0, (string?)null, 0);
        for (var i = 0; i < findings.Length; i++)
        {
            var finding = findings[i];
            if (byKey is not null)
            {
                var key = keyOf!(finding);
                Debug.Assert(key != CompactFinding.UnknownIncident, "Only findings of the engine have interned incidents.");
                if (i == 0 || key != lastKey)
                {
                    ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(byKey, key, out var known);
                    if (!known)
                    {
                        slot = Number(incidentOf(finding), names);
                    }

                    (number, lastKey) = (slot, key);
                }
            }
            else
            {
                var incident = incidentOf(finding);
                if (i == 0 || !ReferenceEquals(incident, lastIncident))
                {
                    number = incident is null ? 0 : NumberOf(incident, byName!, names);
                    lastIncident = incident;
                }
            }

            keys[i] = ((long)number << 32) | (uint)kindOf(finding);
        }

        incidents = names.Count;
        var order = new int[names.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) => string.CompareOrdinal(names[x], names[y]));
        var ranks = new int[names.Count + 1];
        for (var rank = 0; rank < order.Length; rank++)
        {
            ranks[order[rank] + 1] = rank + 1;
        }

        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ((long)ranks[(int)(keys[i] >> 32)] << 32) | (keys[i] & uint.MaxValue);
        }

        return keys;
    }

    /// <summary>The number of <paramref name="incident"/> in order of appearance (from 1), numbering it when new.</summary>
    private static int NumberOf(string incident, Dictionary<string, int> numbers, List<string> names)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, incident, out var known);
        if (!known)
        {
            number = Number(incident, names);
        }

        return number;
    }

    /// <summary>The next number for a new incident (0 for none).</summary>
    private static int Number(string? incident, List<string> names)
    {
        if (incident is null)
        {
            return 0;
        }

        names.Add(incident);
        return names.Count;
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

    /// <summary>What a run of one incident and kind is sorted on: both participants' ids, their role and statement in
    /// one number each (<see cref="Rank"/>), and the finding's position (the last key, so the order is total). Its own
    /// order, so sorting a span of them needs no comparer object or delegate.</summary>
    private readonly struct ParticipantKey(Entry x, Entry y, int position) : IComparable<ParticipantKey>
    {
        private readonly string _xId = x.Id;
        private readonly string _yId = y.Id;
        private readonly long _xRank = Rank(x);
        private readonly long _yRank = Rank(y);

        /// <summary>The finding's position in the chunks.</summary>
        public int Position { get; } = position;

        /// <summary>First participant, second, then position.</summary>
        public int CompareTo(ParticipantKey other)
        {
            var order = string.CompareOrdinal(_xId, other._xId);
            if (order == 0 && (order = _xRank.CompareTo(other._xRank)) == 0 && (order = string.CompareOrdinal(_yId, other._yId)) == 0
                && (order = _yRank.CompareTo(other._yRank)) == 0)
            {
                order = Position.CompareTo(other.Position);
            }

            return order;
        }

        /// <summary>Role, then statement position (none first), as one number ordered as <see cref="CompareParticipant"/>
        /// orders them after the id.</summary>
        private static long Rank(Entry entry) => ((long)entry.Role << 32) + (entry.ParticipantStatement ?? -1) + 1;
    }
}
