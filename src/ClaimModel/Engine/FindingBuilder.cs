using System.Globalization;
using System.Text;

namespace ClaimModel.Engine;

/// <summary>Builds <see cref="CompactFinding"/>s and <see cref="ConsistentComparison"/>s: severity (rule on <see cref="Severity"/>),
/// the entries in the explanation's roles, and marks each entry as taking part (<see cref="Entry.TakePart"/>: its
/// participant's "says" text reads the actor graph, which only the writer may read while actors can still be added, so
/// it is built here, once per entry, unless <see cref="DeferParticipants"/>); consistent comparisons in full, with their
/// explanation sentence (invariant culture). Not thread-safe: owned by one writer.</summary>
internal sealed class FindingBuilder
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private readonly FigurePolicy _figures;

    /// <summary>The explanation of a consistent comparison being built: one builder reused for every one (one
    /// writer), so each explanation is one string with no intermediate ones.</summary>
    private readonly StringBuilder _text = new(256);

    private readonly ParticipantFactory _participants;

    public FindingBuilder(ActorGraph actors, FigurePolicy figures)
    {
        _participants = new ParticipantFactory(actors);
        _figures = figures;
    }

    /// <summary>Whether the participants of a finding's entries are left to their first read: set for a batch, whose
    /// actors are all known before its first finding (<see cref="ContradictionIndex.ExpectOnly"/>), so the participant
    /// read later is the one built now.</summary>
    public bool DeferParticipants { get; set; }

    /// <summary>A denial finding, or a self-contradiction when the claimant and the denier share a side.</summary>
    public CompactFinding Denial(ClaimEntry claim, DenialEntry denial, bool byId)
    {
        var kind = claim.Claimant.SharesSideWith(denial.Claimant) ? FindingKind.SelfContradiction : FindingKind.Denial;
        return Create(kind, claim, denial, FindingExplanation.Denial(claim, denial, byId));
    }

    /// <summary>Two sides name perpetrators on different sides.</summary>
    public CompactFinding Responsibility(ClaimEntry a, ClaimEntry b)
    {
        (a, b) = Canonical(a, b);
        return Create(FindingKind.ConflictingResponsibility, a, b, FindingExplanation.Responsibility(a, b));
    }

    /// <summary>"X was not within R of P during T" against X or an affiliate acting at P within T.</summary>
    public CompactFinding Presence(ClaimEntry absent, ClaimEntry acting) =>
        Create(FindingKind.PresenceConflict, absent, acting, FindingExplanation.Presence(absent, acting));

    /// <summary>Two figures whose intervals do not overlap.</summary>
    public CompactFinding Figure(ClaimEntry a, ClaimEntry b)
    {
        (a, b) = Canonical(a, b);
        var explanation = FindingExplanation.Figure(a, b);
        return Create(FigureKind(explanation.Gap), a, b, explanation);
    }

    /// <summary>Two claims attributing one act with intents that cannot both hold.</summary>
    public CompactFinding Intent(ClaimEntry a, ClaimEntry b)
    {
        (a, b) = Canonical(a, b);
        return Create(FindingKind.IntentConflict, a, b, FindingExplanation.Intent(a, b));
    }

    /// <summary>An exclusive target account and a target it does not cover.</summary>
    public CompactFinding Target(ClaimEntry exclusive, ClaimEntry other) =>
        Create(FindingKind.TargetConflict, exclusive, other, FindingExplanation.Target(exclusive, other));

    /// <summary>A later count of a running total below the earlier one's lower bound.</summary>
    public CompactFinding CumulativeFigure(ClaimEntry earlier, ClaimEntry later)
    {
        var explanation = FindingExplanation.CumulativeFigure(earlier, later);
        return Create(FigureKind(explanation.Gap), earlier, later, explanation);
    }

    /// <summary>A discrepancy when the gap is within the policy's threshold, else a conflict.</summary>
    private FindingKind FigureKind(double relativeGap) =>
        FindingExplanation.IsDiscrepancy(relativeGap, _figures) ? FindingKind.FigureDiscrepancy : FindingKind.FigureConflict;

    /// <summary>A later, higher count of a running total: an update, shown among the consistent comparisons.</summary>
    public ConsistentComparison FigureUpdate(ClaimEntry earlier, ClaimEntry later)
    {
        var text = Begin().Append("update: ");
        FindingExplanation.AppendCumulativePair(text, earlier, later);
        text.Append(": a later count of a running total that does not fall below the earlier one.");
        (var a, var b) = Canonical(earlier, later);
        return new ConsistentComparison
        {
            Kind = ComparisonKind.Update,
            Incident = earlier.Incident ?? later.Incident,
            Measure = earlier.Figure!.Measure,
            Participants = new ValueList<FindingParticipant>([Participant(a), Participant(b)]),
            Intervals = new ValueList<ComparedInterval>([Compared(a), Compared(b)]),
            Explanation = text.ToString(),
        };
    }

    /// <summary>Two occurrence times that do not overlap.</summary>
    public CompactFinding Time(ClaimEntry a, ClaimEntry b)
    {
        (a, b) = Canonical(a, b);
        return Create(FindingKind.TimeConflict, a, b, FindingExplanation.Time(a, b));
    }

    /// <summary>Two figures of one measure whose intervals overlap.</summary>
    public ConsistentComparison ConsistentFigure(ClaimEntry a, ClaimEntry b)
    {
        (a, b) = Canonical(a, b);
        var text = Begin().Append("consistent: ");
        FindingExplanation.AppendFigurePair(text, a, b);
        text.Append(" overlap");
        FindingExplanation.AppendInBaseUnit(text, a, b);
        text.Append(": both allow ");
        if (string.Equals(a.Figure!.Unit, b.Figure!.Unit, StringComparison.Ordinal))
        {
            text.Append(Inv, $"{a.Interval.Intersection(b.Interval)} {a.Figure.Unit}.");
        }
        else
        {
            text.Append(Inv, $"{a.Normalized.Intersection(b.Normalized).Rounded()}.");
        }

        return new ConsistentComparison
        {
            Kind = ComparisonKind.Figure,
            Incident = a.Incident,
            Measure = a.Figure!.Measure,
            Participants = new ValueList<FindingParticipant>([Participant(a), Participant(b)]),
            Intervals = new ValueList<ComparedInterval>([Compared(a), Compared(b)]),
            Explanation = text.ToString(),
        };
    }

    /// <summary>Two occurrence times of one incident that overlap.</summary>
    public ConsistentComparison ConsistentTime(ClaimEntry a, ClaimEntry b)
    {
        (a, b) = Canonical(a, b);
        var start = a.When!.Start > b.When!.Start ? a.When.Start : b.When.Start;
        var end = a.When.End < b.When.End ? a.When.End : b.When.End;
        var shared = new ResolvedTime(start, end, NodaTime.DateTimeZone.Utc, TimeSpan.Zero, "UTC", null, null);
        var text = FindingExplanation.AppendTimePair(Begin().Append("consistent: "), a, b).Append(Inv, $" overlap: both include {shared}.");
        return new ConsistentComparison
        {
            Kind = ComparisonKind.Time,
            Incident = a.Incident,
            Participants = new ValueList<FindingParticipant>([Participant(a), Participant(b)]),
            Intervals = new ValueList<ComparedInterval>([Compared(a), Compared(b)]),
            Explanation = text.ToString(),
        };
    }

    private static ComparedInterval Compared(ClaimEntry entry) => entry.Figure is { } figure
        ? new ComparedInterval { Id = entry.Id, Reported = figure.Text, Interval = entry.Interval.ToString(), Unit = figure.Unit }
        : new ComparedInterval { Id = entry.Id, Reported = entry.When!.Text ?? string.Empty, Interval = entry.When.ToString(), TimeZone = entry.When.ZoneName };

    private StringBuilder Begin() => _text.Clear();

    /// <summary>Two claims in canonical order (<see cref="Entry.CompareCanonical"/>).</summary>
    private static (ClaimEntry First, ClaimEntry Second) Canonical(ClaimEntry a, ClaimEntry b) =>
        Entry.CompareCanonical(a, b) > 0 ? (b, a) : (a, b);

    /// <summary>The compact finding: severity, and the entries marked as taking part (the finding is made from their
    /// participants when read).</summary>
    private CompactFinding Create(FindingKind kind, Entry x, Entry y, FindingExplanation explanation)
    {
        x.TakePart(_participants, now: !DeferParticipants);
        y.TakePart(_participants, now: !DeferParticipants);
        var hedged = x.Modality != Modality.Asserted || y.Modality != Modality.Asserted;
        return new CompactFinding(kind, SeverityOf(kind, hedged), explanation);
    }

    /// <summary>The severity rule documented on <see cref="Engine.Severity"/>.</summary>
    public static Severity SeverityOf(FindingKind kind, bool hedged)
    {
        var severity = kind switch
        {
            FindingKind.Denial or FindingKind.ConflictingResponsibility or FindingKind.PresenceConflict or FindingKind.SelfContradiction => Engine.Severity.High,
            FindingKind.FigureConflict or FindingKind.TimeConflict or FindingKind.IntentConflict or FindingKind.TargetConflict => Engine.Severity.Medium,
            FindingKind.FigureDiscrepancy => Engine.Severity.Low,
            _ => throw new System.Diagnostics.UnreachableException($"No severity for finding kind {kind}."),
        };
        return hedged && severity > Engine.Severity.Info ? severity - 1 : severity;
    }

    private FindingParticipant Participant(Entry entry)
    {
        entry.TakePart(_participants, now: true);
        return entry.Participant!;
    }

}
