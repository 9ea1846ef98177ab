using ClaimModel.Disputes;
using ClaimModel.Engine;

namespace ClaimModel.Reporting;

/// <summary>What changed between two reports (<see cref="StoredReport"/>s, read back with <see cref="ReportJson"/> or
/// made with <see cref="StoredReport.Of"/>): the disputes and findings added, resolved (in the older report only) and
/// changed, keyed by their stable ids, and the figure ranges that appeared, went or changed.</summary>
/// <remarks>
/// <para>A dispute is changed when its status, its positions (by answer), the independent voices of a position or its
/// findings differ; a finding when any of its content differs (severity, what a participant says, its reports,
/// origins or explanation); a figure range (per incident and measure) when any bound, voice or claim differs. Lists
/// follow the newer report's order (resolved ones the older report's). Cost: linear in the two reports.</para>
/// <para>Value equality over every member, lists in order.</para>
/// </remarks>
public sealed record ReportDiff
{
    /// <summary>Disputes only the newer report has.</summary>
    public required ValueList<Dispute> AddedDisputes { get; init; }

    /// <summary>Disputes only the older report has.</summary>
    public required ValueList<Dispute> ResolvedDisputes { get; init; }

    /// <summary>Disputes in both whose content differs.</summary>
    public required ValueList<DisputeChange> ChangedDisputes { get; init; }

    /// <summary>Findings only the newer report has.</summary>
    public required ValueList<Finding> AddedFindings { get; init; }

    /// <summary>Findings only the older report has.</summary>
    public required ValueList<Finding> ResolvedFindings { get; init; }

    /// <summary>Findings in both whose content differs.</summary>
    public required ValueList<FindingChange> ChangedFindings { get; init; }

    /// <summary>Figure ranges that appeared, went or changed.</summary>
    public required ValueList<FigureRangeChange> Figures { get; init; }

    /// <summary>Whether the two reports name the same disputes, findings and figure ranges with the same content.</summary>
    public bool IsEmpty => AddedDisputes.IsEmpty && ResolvedDisputes.IsEmpty && ChangedDisputes.IsEmpty
        && AddedFindings.IsEmpty && ResolvedFindings.IsEmpty && ChangedFindings.IsEmpty && Figures.IsEmpty;

    /// <summary>Compares <paramref name="before"/> with <paramref name="after"/>.</summary>
    /// <param name="before">The older report.</param>
    /// <param name="after">The newer report.</param>
    public static ReportDiff Compare(StoredReport before, StoredReport after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var (addedDisputes, resolvedDisputes, commonDisputes) = Match(before.Disputes, after.Disputes, d => d.Id);
        var (addedFindings, resolvedFindings, commonFindings) = Match(before.Findings, after.Findings, f => f.Id);
        var (addedRanges, resolvedRanges, commonRanges) = Match(
            before.Incidents.SelectMany(i => i.Figures), after.Incidents.SelectMany(i => i.Figures), r => (r.Incident ?? string.Empty) + "\n" + r.Measure);
        return new ReportDiff
        {
            AddedDisputes = ValueList.From(addedDisputes),
            ResolvedDisputes = ValueList.From(resolvedDisputes),
            ChangedDisputes = ValueList.From(commonDisputes.Where(p => !p.Before.Equals(p.After)).Select(p => Changed(p.Before, p.After))),
            AddedFindings = ValueList.From(addedFindings),
            ResolvedFindings = ValueList.From(resolvedFindings),
            ChangedFindings = ValueList.From(commonFindings.Where(p => !p.Before.Equals(p.After)).Select(p => new FindingChange { Before = p.Before, After = p.After })),
            Figures = ValueList.From(
                addedRanges.Select(r => new FigureRangeChange { Incident = r.Incident, Measure = r.Measure, After = r })
                    .Concat(resolvedRanges.Select(r => new FigureRangeChange { Incident = r.Incident, Measure = r.Measure, Before = r }))
                    .Concat(commonRanges.Where(p => !p.Before.Equals(p.After)).Select(p => new FigureRangeChange { Incident = p.After.Incident, Measure = p.After.Measure, Before = p.Before, After = p.After }))),
        };
    }

    private static DisputeChange Changed(Dispute before, Dispute after)
    {
        var (added, removed, common) = Match(before.Positions, after.Positions, p => p.Answer);
        var (addedFindings, resolvedFindings, _) = Match(before.Findings, after.Findings, id => id);
        return new DisputeChange
        {
            Before = before,
            After = after,
            AddedPositions = ValueList.From(added.Select(p => p.Answer)),
            RemovedPositions = ValueList.From(removed.Select(p => p.Answer)),
            VoiceCounts = ValueList.From(common.Where(p => p.Before.IndependentVoices != p.After.IndependentVoices)
                .Select(p => new VoiceCountChange { Answer = p.After.Answer, Before = p.Before.IndependentVoices, After = p.After.IndependentVoices })),
            AddedFindings = ValueList.From(addedFindings),
            ResolvedFindings = ValueList.From(resolvedFindings),
        };
    }

    /// <summary>Items only in <paramref name="after"/> (its order), only in <paramref name="before"/> (its order), and the
    /// pairs in both (<paramref name="after"/>'s order), by key; a key repeated in one list counts once (its first).</summary>
    private static (List<T> Added, List<T> Removed, List<(T Before, T After)> Common) Match<T>(IEnumerable<T> before, IEnumerable<T> after, Func<T, string> key)
    {
        var old = new Dictionary<string, T>(StringComparer.Ordinal);
        var oldOrder = new List<T>();
        foreach (var item in before)
        {
            if (old.TryAdd(key(item), item))
            {
                oldOrder.Add(item);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<T>();
        var common = new List<(T, T)>();
        foreach (var item in after)
        {
            var k = key(item);
            if (!seen.Add(k))
            {
                continue;
            }

            if (old.TryGetValue(k, out var previous))
            {
                common.Add((previous, item));
            }
            else
            {
                added.Add(item);
            }
        }

        return (added, oldOrder.Where(item => !seen.Contains(key(item))).ToList(), common);
    }
}
