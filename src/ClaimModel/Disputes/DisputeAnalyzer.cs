using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ClaimModel.Engine;

namespace ClaimModel.Disputes;

/// <summary>Builds the disputes of a report: each pairwise finding goes into the one dispute its question, incident
/// and subject name; positions group the participants by answer and voice; statuses follow the rule on
/// <see cref="DisputeStatus"/>; figure ranges follow the policy on <see cref="FigureRange"/>. O(findings + figures)
/// plus sorting. The same report gives the same disputes, whatever the order in which it was built.</summary>
public static partial class DisputeAnalyzer
{
    /// <summary>The disputes of <paramref name="report"/>, a report of <see cref="ContradictionDetector"/> or
    /// <see cref="ContradictionIndex.GetReport"/> (findings made outside the engine carry too little to be placed
    /// and are left out).</summary>
    /// <param name="report">The report.</param>
    /// <remarks>The disputes of one report instance are built once and kept with it (a report is immutable): the text,
    /// JSON and layout writers of one report share them.</remarks>
    public static DisputeReport Analyze(ContradictionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Built.GetValue(report, Build);
    }

    /// <summary>The disputes built per report instance, for as long as the report lives.</summary>
    private static readonly ConditionalWeakTable<ContradictionReport, DisputeReport> Built = new();

    private static DisputeReport Build(ContradictionReport report)
    {
        // From the compact findings: building the disputes makes no finding.
        var disputes = new DisputeSet(new DisputedFindings(report.Findings));
        for (var i = 0; i < report.Findings.Count; i++)
        {
            disputes.Add(i);
        }

        return disputes.ToReport(report);
    }

    /// <summary>Disputes being built from findings added one by one (a report's, or a stream's).</summary>
    /// <param name="source">The findings, by position.</param>
    private sealed class DisputeSet(DisputedFindings source)
    {
        private readonly Dictionary<DisputeKey, DisputeBuilder> _builders = [];
        private readonly List<DisputeKey> _order = [];
        private DisputeBuilder? _last;

        /// <summary>Puts the finding at <paramref name="position"/> of the report in its dispute (a finding made outside the
        /// engine is left out).</summary>
        public void Add(int position)
        {
            if (KeyOf(source.CompactAt(position)) is { } key)
            {
                Add(key, position);
            }
        }

        /// <summary>Puts a streamed finding in its dispute (a finding made outside the engine is left out).</summary>
        public void Add(Finding finding)
        {
            var compact = finding.Compact;
            if (KeyOf(compact) is { } key)
            {
                // The id is kept on the finding too: a writer reading the finding later (on another thread, say) reuses it.
                var id = finding.IdIfComputed ?? StableId.Of(compact);
                finding.TakeId(id);
                Add(key, source.Add(new DisputedFinding(compact, id)));
            }
        }

        private void Add(DisputeKey key, int position)
        {
            // Findings in report order come dispute by dispute: the last dispute is looked up once per run of them.
            if (_last is not { } builder || !builder.Key.Equals(key))
            {
                if (!_builders.TryGetValue(key, out builder))
                {
                    _builders.Add(key, builder = new DisputeBuilder(key, source));
                    _order.Add(key);
                }

                _last = builder;
            }

            builder.Add(position);
        }

        /// <summary>The disputes, with the figure ranges and incidents of <paramref name="report"/>.</summary>
        public DisputeReport ToReport(ContradictionReport report)
        {
            _order.Sort();
            var disputes = new Dispute[_order.Count];
            var placed = 0;
            for (var i = 0; i < disputes.Length; i++)
            {
                var builder = _builders[_order[i]];
                disputes[i] = builder.Build();
                placed += builder.FindingCount;
            }

            var ranges = FigureRanges.Of(report);
            return new DisputeReport
            {
                Disputes = new ValueList<Dispute>(disputes),
                Incidents = Summaries(disputes, ranges, report),
                FindingCount = placed,
            };
        }
    }

    /// <summary>The id of the dispute <paramref name="finding"/> belongs to (for the findings an add returns: the
    /// disputes it created or changed), or <see langword="null"/> for a finding made outside the engine.</summary>
    /// <param name="finding">A finding of the engine.</param>
    public static string? DisputeIdOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return KeyOf(finding.Compact)?.Id;
    }

    /// <summary>The id of the dispute of <paramref name="question"/> about <paramref name="incident"/> and
    /// <paramref name="subject"/> (what <see cref="Dispute.Id"/> derives from).</summary>
    internal static string IdOf(DisputeQuestion question, string? incident, string? subject) => new DisputeKey(question, incident, subject).Id;

    /// <summary>The question, incident and subject of a finding (<see langword="null"/> for one made outside the engine).</summary>
    internal static DisputeKey? KeyOf(in CompactFinding finding)
    {
        var (first, second) = (finding.Explanation.First, finding.Explanation.Second);
        var claim = first as ClaimEntry ?? second as ClaimEntry;
        if (claim is null)
        {
            return null;
        }

        var (question, subject) = finding.Kind switch
        {
            FindingKind.ConflictingResponsibility => (DisputeQuestion.Perpetrator, (string?)null),
            FindingKind.PresenceConflict => (DisputeQuestion.Presence, ActorIds(AbsentOf(first, second))),
            FindingKind.FigureConflict or FindingKind.FigureDiscrepancy => (DisputeQuestion.Count, claim.Figure?.Measure),
            FindingKind.TimeConflict => (DisputeQuestion.Time, null),
            FindingKind.IntentConflict => (DisputeQuestion.Intent, ActorIds(claim)),
            FindingKind.TargetConflict => (DisputeQuestion.Targets, null),
            FindingKind.Denial or FindingKind.SelfContradiction => QuestionOf(claim),
            _ => throw new System.Diagnostics.UnreachableException($"No dispute question for finding kind {finding.Kind}."),
        };
        return new DisputeKey(question, finding.Incident, subject);
    }

    /// <summary>The question a denied claim (or statement) answers: a whole utterance is asked about through its first
    /// responsibility statement when it has one, else as a claim.</summary>
    private static (DisputeQuestion, string?) QuestionOf(ClaimEntry claim)
    {
        var statement = claim.Statement ?? claim.Claim.Statements.OfType<ResponsibilityStatement>().FirstOrDefault();
        return statement switch
        {
            ResponsibilityStatement => (DisputeQuestion.Perpetrator, null),
            PresenceStatement { Actors.Count: 1 } p => (DisputeQuestion.Presence, p.Actors[0]),
            PresenceStatement p => (DisputeQuestion.Presence, string.Join('+', p.Actors.Order(StringComparer.Ordinal))),
            QuantityStatement q => (DisputeQuestion.Count, q.Figure.Measure),
            OccurrenceStatement => (DisputeQuestion.Time, null),
            TargetStatement => (DisputeQuestion.Targets, null),
            _ => (DisputeQuestion.Claim, claim.Reference),
        };
    }

    private static ClaimEntry AbsentOf(Entry? first, Entry? second) =>
        first is ClaimEntry { Statement: PresenceStatement { Present: false } } a ? a : (ClaimEntry)second!;

    private static string ActorIds(ClaimEntry entry)
    {
        var actors = entry.Actors;
        if (actors.Length == 1)
        {
            return actors[0].Id;
        }

        var ids = new DistinctStrings();
        foreach (var actor in actors)
        {
            ids.Add(actor.Id);
        }

        return string.Join('+', ids.Sorted().AsSpan());
    }

    private static ValueList<IncidentSummary> Summaries(Dispute[] disputes, List<FigureRange> ranges, ContradictionReport report)
    {
        var incidents = new List<string?>();
        foreach (var dispute in disputes)
        {
            if (incidents.Count == 0 || incidents[^1] != dispute.Incident)
            {
                incidents.Add(dispute.Incident);
            }
        }

        var seen = incidents.Where(i => i is not null).ToHashSet(StringComparer.Ordinal);
        var hasGeneral = incidents.Contains(null);
        foreach (var incident in ranges.Select(r => r.Incident).Distinct().Order(StringComparer.Ordinal))
        {
            if (incident is null ? !hasGeneral : !seen.Contains(incident))
            {
                incidents.Add(incident);
            }
        }

        // Looked up per incident (a lookup takes the null key of general disputes), in the order of each list.
        var disputesOf = disputes.ToLookup(d => d.Incident, StringComparer.Ordinal);
        var rangesOf = ranges.ToLookup(r => r.Incident, StringComparer.Ordinal);
        var records = report.IncidentRecords;
        return ValueList.From(incidents.Select(id =>
        {
            var record = id is not null && records.TryGetValue(id, out var found) ? found : null;
            return new IncidentSummary
            {
                Incident = id,
                Title = record?.Title,
                When = record?.Time?.Text,
                Disputes = ValueList.From(disputesOf[id]),
                Figures = ValueList.From(rangesOf[id]),
            };
        }));
    }
}
