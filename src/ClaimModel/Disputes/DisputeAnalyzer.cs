using System.Globalization;
using System.Text;
using ClaimModel.Engine;

namespace ClaimModel.Disputes;

/// <summary>Builds the disputes of a report: each pairwise finding goes into the one dispute its question, incident
/// and subject name; positions group the participants by answer and voice; statuses follow the rule on
/// <see cref="DisputeStatus"/>; figure ranges follow the policy on <see cref="FigureRange"/>. O(findings + figures)
/// plus sorting. The same report gives the same disputes, whatever the order in which it was built.</summary>
public static class DisputeAnalyzer
{
    /// <summary>The disputes of <paramref name="report"/>, a report of <see cref="ContradictionDetector"/> or
    /// <see cref="ContradictionIndex.GetReport"/> (findings made outside the engine carry too little to be placed
    /// and are left out).</summary>
    /// <param name="report">The report.</param>
    public static DisputeReport Analyze(ContradictionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var groups = new Dictionary<DisputeKey, List<Finding>>();
        var order = new List<DisputeKey>();
        foreach (var finding in report.Findings)
        {
            if (KeyOf(finding) is not { } key)
            {
                continue;
            }

            if (!groups.TryGetValue(key, out var list))
            {
                groups.Add(key, list = []);
                order.Add(key);
            }

            list.Add(finding);
        }

        order.Sort();
        var disputes = new Dispute[order.Count];
        var placed = 0;
        for (var i = 0; i < disputes.Length; i++)
        {
            disputes[i] = Build(order[i], groups[order[i]]);
            placed += groups[order[i]].Count;
        }

        var ranges = FigureRanges.Of(report);
        return new DisputeReport
        {
            Disputes = new ValueList<Dispute>(disputes),
            Incidents = Summaries(disputes, ranges, report),
            FindingCount = placed,
        };
    }

    /// <summary>The id of the dispute <paramref name="finding"/> belongs to (for the findings an add returns: the
    /// disputes it created or changed), or <see langword="null"/> for a finding made outside the engine.</summary>
    /// <param name="finding">A finding of the engine.</param>
    public static string? DisputeIdOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return KeyOf(finding)?.Id;
    }

    /// <summary>The id of the dispute of <paramref name="question"/> about <paramref name="incident"/> and
    /// <paramref name="subject"/> (what <see cref="Dispute.Id"/> derives from).</summary>
    internal static string IdOf(DisputeQuestion question, string? incident, string? subject) => new DisputeKey(question, incident, subject).Id;

    /// <summary>The question, incident and subject of a finding.</summary>
    private static DisputeKey? KeyOf(Finding finding)
    {
        var (first, second) = finding.Entries;
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
            PresenceStatement p => (DisputeQuestion.Presence, string.Join('+', p.Actors.Order(StringComparer.Ordinal))),
            QuantityStatement q => (DisputeQuestion.Count, q.Figure.Measure),
            OccurrenceStatement => (DisputeQuestion.Time, null),
            TargetStatement => (DisputeQuestion.Targets, null),
            _ => (DisputeQuestion.Claim, claim.Reference),
        };
    }

    private static ClaimEntry AbsentOf(Entry? first, Entry? second) =>
        first is ClaimEntry { Statement: PresenceStatement { Present: false } } a ? a : (ClaimEntry)second!;

    private static string ActorIds(ClaimEntry entry) => string.Join('+', entry.Actors.Select(a => a.Id).Distinct().Order(StringComparer.Ordinal));

    private static Dispute Build(DisputeKey key, List<Finding> findings)
    {
        var positions = new Dictionary<string, PositionBuilder>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var (first, second) = finding.Entries;
            var opposed = Answering(first as ClaimEntry ?? (ClaimEntry)second!);
            foreach (var entry in new[] { first!, second! })
            {
                var account = entry is ClaimEntry claim ? Answering(claim) : opposed;
                var (answerKey, answer, denies) = entry is DenialEntry
                    ? ("denies " + AnswerKey(opposed, key.Question), "denies: " + Answer(opposed, key.Question), true)
                    : (AnswerKey(account, key.Question), Answer(account, key.Question), false);
                if (!positions.TryGetValue(answerKey, out var position))
                {
                    positions.Add(answerKey, position = new PositionBuilder(answer, denies, Accused(denies ? opposed : account)));
                }

                position.Add(entry);
            }
        }

        var built = positions.Values.OrderBy(p => p.Denies).ThenBy(p => p.Answer, StringComparer.Ordinal).ToList();
        return new Dispute
        {
            Id = key.Id,
            Question = key.Question,
            Incident = key.Incident,
            Subject = key.Subject,
            Status = Status(findings, built),
            Positions = ValueList.From(built.Select(p => p.Build())),
            Findings = ValueList.From(findings.Select(f => f.Id)),
        };
    }

    private static DisputeStatus Status(List<Finding> findings, List<PositionBuilder> positions)
    {
        if (findings.TrueForAll(f => f.Kind == FindingKind.SelfContradiction))
        {
            return DisputeStatus.SelfContradicted;
        }

        var accounts = positions.Where(p => !p.Denies).ToList();
        var denials = positions.Where(p => p.Denies).ToList();
        var accountSides = accounts.SelectMany(p => p.Sides).ToHashSet(StringComparer.Ordinal);
        if (accounts.Count > 1)
        {
            return accountSides.Count > 1 || denials.Count > 0 ? DisputeStatus.Contested : DisputeStatus.Inconsistent;
        }

        var accused = accounts.SelectMany(p => p.Accused).ToHashSet(StringComparer.Ordinal);
        if (denials.Any(p => p.Sides.Any(side => !accused.Contains(side))))
        {
            return DisputeStatus.Contested;
        }

        return accounts.Count == 1 && accounts[0].VoiceCount >= 2 && accountSides.Count >= 2 ? DisputeStatus.Corroborated : DisputeStatus.DeniedByAccused;
    }

    /// <summary>The entry whose statement gives a claim's answer: the claim's own statement, or for a claim named as a
    /// whole its first responsibility statement (else the whole claim).</summary>
    private static ClaimEntry Answering(ClaimEntry entry) =>
        entry.Statement is not null ? entry : Array.Find(entry.Statements, s => s.Statement is ResponsibilityStatement) ?? entry;

    /// <summary>The sides an account accuses: the sides of the actors its statement names.</summary>
    private static IEnumerable<string> Accused(ClaimEntry entry) => entry.Actors.SelectMany(a => a.Roots);

    /// <summary>What makes two accounts the same answer: for responsibility the perpetrators' sides ("US" and "US-led
    /// coalition" are one answer; intent is a question of its own), else the statement as compared.</summary>
    private static string AnswerKey(ClaimEntry entry, DisputeQuestion question) => entry.Statement switch
    {
        ResponsibilityStatement r when question == DisputeQuestion.Intent => "intent " + StatementText.Adverb(r.Intent),
        ResponsibilityStatement => "by " + Sides(entry),
        PresenceStatement p => (p.Present ? "present " : "absent ") + Sides(entry),
        QuantityStatement => string.Create(CultureInfo.InvariantCulture, $"figure {entry.Interval.Scale(entry.Factor)}"),
        OccurrenceStatement => "time " + entry.When,
        _ => "claim " + entry.Reference,
    };

    private static string Answer(ClaimEntry entry, DisputeQuestion question) => entry.Statement switch
    {
        ResponsibilityStatement r when question == DisputeQuestion.Intent => "acted " + StatementText.Adverb(r.Intent),
        ResponsibilityStatement => "carried out by " + string.Join(" and ", entry.Actors.Select(a => a.Name)) + " (side " + Sides(entry) + ")",
        _ => entry.Participant?.Says ?? entry.Reference,
    };

    private static string Sides(ClaimEntry entry) => string.Join('+', entry.Actors.SelectMany(a => a.Roots).Distinct().Order(StringComparer.Ordinal));

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

        foreach (var incident in ranges.Select(r => r.Incident).Distinct().Order(StringComparer.Ordinal))
        {
            if (!incidents.Contains(incident))
            {
                incidents.Add(incident);
            }
        }

        var records = report.IncidentRecords;
        return ValueList.From(incidents.Select(id =>
        {
            var record = id is not null && records.TryGetValue(id, out var found) ? found : null;
            return new IncidentSummary
            {
                Incident = id,
                Title = record?.Title,
                When = record?.Time?.Text,
                Disputes = ValueList.From(disputes.Where(d => d.Incident == id)),
                Figures = ValueList.From(ranges.Where(r => r.Incident == id)),
            };
        }));
    }

    /// <summary>A dispute's identity.</summary>
    private readonly record struct DisputeKey(DisputeQuestion Question, string? Incident, string? Subject) : IComparable<DisputeKey>
    {
        public string Id => StableId.Of("dsp-", new StringBuilder().Append(Question.ToString()).Append('\n').Append(Incident).Append('\n').Append(Subject).ToString());

        public int CompareTo(DisputeKey other)
        {
            var order = string.CompareOrdinal(Incident, other.Incident);
            order = order != 0 ? order : Question.CompareTo(other.Question);
            return order != 0 ? order : string.CompareOrdinal(Subject, other.Subject);
        }
    }

    /// <summary>One position being built: its voices by name.</summary>
    private sealed class PositionBuilder(string answer, bool denies, IEnumerable<string> accused)
    {
        private readonly SortedDictionary<string, VoiceBuilder> _voices = new(StringComparer.Ordinal);

        public string Answer { get; } = answer;

        public bool Denies { get; } = denies;

        public HashSet<string> Accused { get; } = [.. accused];

        public SortedSet<string> Sides { get; } = new(StringComparer.Ordinal);

        public int VoiceCount => _voices.Count;

        public void Add(Entry entry)
        {
            var voice = entry.Claimant.Voice;
            if (!_voices.TryGetValue(voice, out var builder))
            {
                _voices.Add(voice, builder = new VoiceBuilder(voice, entry.Claimant.VoiceIsProbable));
            }

            builder.Add(entry);
            Sides.UnionWith(entry.Claimant.Roots);
        }

        public DisputePosition Build() => new()
        {
            Answer = Answer,
            Denies = Denies,
            Voices = ValueList.From(_voices.Values.Select(v => v.Build())),
            Sides = ValueList.From(Sides),
        };
    }

    /// <summary>One voice of a position being built.</summary>
    private sealed class VoiceBuilder(string voice, bool probable)
    {
        private readonly SortedSet<string> _claimants = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _sides = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _statements = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _sources = new(StringComparer.Ordinal);

        public void Add(Entry entry)
        {
            _claimants.Add(entry.Claimant.Id);
            _sides.UnionWith(entry.Claimant.Roots);
            _statements.Add(entry.Reference);
            foreach (var report in entry.Reports)
            {
                _sources.Add(report.Source);
            }
        }

        public DisputeVoice Build() => new()
        {
            Voice = voice,
            Probable = probable,
            Claimants = ValueList.From(_claimants),
            Sides = ValueList.From(_sides),
            Statements = ValueList.From(_statements),
            Sources = ValueList.From(_sources),
        };
    }
}
