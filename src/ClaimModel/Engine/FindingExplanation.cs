using System.Globalization;
using System.Text;
using ClaimModel.Serialization;

namespace ClaimModel.Engine;

/// <summary>What a <see cref="Finding"/>'s explanation is built from — the two entries in the roles the sentence
/// gives them (a figure gap is read from their figures) — and the sentence itself, built on the first read of
/// <see cref="Finding.Explanation"/> (invariant culture).</summary>
/// <remarks>Building the sentence only reads what was fixed when the finding was created: the entries (set up
/// before their first comparison, never changed after), their participants (built on the writer's thread when the entry first takes part in a finding) and the
/// actor nodes they hold (a later <see cref="ContradictionIndex.AddActor"/> makes new nodes, it does not change
/// these). So it is safe on any thread and gives the same text whenever it runs. A value kept in a
/// <see cref="CompactFinding"/>, and as its parts in a <see cref="Finding"/> (no object of its own).</remarks>
internal readonly struct FindingExplanation
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The capacity a sentence starts with; a builder grown past four times it is not kept.</summary>
    private const int KeptCapacity = 512;

    /// <summary>The builder of the last sentence built on this thread, reused by the next (a report's findings may be
    /// read on several threads); <see langword="null"/> while one is being built.</summary>
    [ThreadStatic]
    private static StringBuilder? t_text;

    private readonly ExplanationKind _kind;
    private readonly Entry _first;
    private readonly Entry _second;

    private FindingExplanation(ExplanationKind kind, Entry first, Entry second)
    {
        _kind = kind;
        _first = first;
        _second = second;
    }

    /// <summary>The first entry of the sentence (<see langword="null"/> for a finding made outside the engine).</summary>
    public Entry? First => _first;

    /// <summary>The second entry of the sentence.</summary>
    public Entry? Second => _second;

    /// <summary>The participants of the two entries in canonical order (<see cref="Entry.CompareCanonical"/>, as
    /// <see cref="CompactFinding.X"/> and <see cref="CompactFinding.Y"/>), in a new list: what
    /// <see cref="Finding.Participants"/> of a finding of the engine holds. The entries took part already, so their
    /// participants are fixed.</summary>
    internal ValueList<FindingParticipant> Participants =>
        Entry.CompareCanonical(_first, _second) > 0
            ? new ValueList<FindingParticipant>([_second.Participant!, _first.Participant!])
            : new ValueList<FindingParticipant>([_first.Participant!, _second.Participant!]);

    /// <summary>Which sentence, as a byte (<see cref="CompactFinding"/> keeps it beside its own bytes).</summary>
    internal byte Code => (byte)_kind;

    /// <summary>The relative gap between the two figures' intervals in their base unit (0 for the sentences without
    /// figures): read from the entries, which fixed their figures before their first comparison, so it is the gap the
    /// comparison found (<see cref="NumericInterval.RelativeGap"/> is symmetric).</summary>
    internal double Gap => _kind is ExplanationKind.Figure or ExplanationKind.CumulativeFigure
        ? NumericInterval.RelativeGap(((ClaimEntry)_first).Normalized, ((ClaimEntry)_second).Normalized)
        : 0;

    /// <summary>The incident id of the finding (<see langword="null"/> when neither entry has one): the acting claim's
    /// first for a presence conflict, else the first entry's; the other entry's when that one has none.</summary>
    internal string? Incident => IncidentOfSecond(Code) ? _second.Incident ?? _first.Incident : _first.Incident ?? _second.Incident;

    /// <summary>Whether the finding's incident is the second entry's before the first's: a presence conflict is about
    /// the acting claim's incident (<see cref="FindingBuilder"/>), every other finding about the first entry's.</summary>
    internal static bool IncidentOfSecond(byte code) => code == (byte)ExplanationKind.Presence;

    /// <summary>The explanation kept as its parts (<see cref="Code"/> and the entries).</summary>
    internal static FindingExplanation FromParts(byte code, Entry first, Entry second) => new((ExplanationKind)code, first, second);

    private enum ExplanationKind : byte
    {
        DenialById,
        DenialByStatement,
        Responsibility,
        Presence,
        Figure,
        Time,
        Intent,
        Target,
        CumulativeFigure,
    }

    /// <summary>A claim denied by a denial (by id, or by the same statement).</summary>
    public static FindingExplanation Denial(ClaimEntry claim, DenialEntry denial, bool byId) =>
        new(byId ? ExplanationKind.DenialById : ExplanationKind.DenialByStatement, claim, denial);

    /// <summary>Two responsibility claims naming actors on different sides (canonical order).</summary>
    public static FindingExplanation Responsibility(ClaimEntry a, ClaimEntry b) => new(ExplanationKind.Responsibility, a, b);

    /// <summary>An absence claim against an acting claim.</summary>
    public static FindingExplanation Presence(ClaimEntry absent, ClaimEntry acting) => new(ExplanationKind.Presence, absent, acting);

    /// <summary>Two figures whose intervals do not overlap (canonical order).</summary>
    public static FindingExplanation Figure(ClaimEntry a, ClaimEntry b) => new(ExplanationKind.Figure, a, b);

    /// <summary>Two claims attributing one act with incompatible intents (canonical order).</summary>
    public static FindingExplanation Intent(ClaimEntry a, ClaimEntry b) => new(ExplanationKind.Intent, a, b);

    /// <summary>An exclusive target account and a target it does not cover.</summary>
    public static FindingExplanation Target(ClaimEntry exclusive, ClaimEntry other) => new(ExplanationKind.Target, exclusive, other);

    /// <summary>A later count of a running total below the earlier count's lower bound.</summary>
    public static FindingExplanation CumulativeFigure(ClaimEntry earlier, ClaimEntry later) => new(ExplanationKind.CumulativeFigure, earlier, later);

    /// <summary>Two occurrence times that do not overlap (canonical order).</summary>
    public static FindingExplanation Time(ClaimEntry a, ClaimEntry b) => new(ExplanationKind.Time, a, b);

    /// <summary>The sentence, then a note for each participant that was not asserted.</summary>
    /// <param name="figures">The figure policy the finding was found under (its discrepancy threshold is in the sentence).</param>
    public string Build(FigurePolicy? figures)
    {
        var text = t_text ?? new StringBuilder(KeptCapacity);
        t_text = null; // taken: a sentence built while this one is (none today) gets its own builder
        text.Clear();
        switch (_kind)
        {
            case ExplanationKind.DenialById:
            case ExplanationKind.DenialByStatement:
                AppendDenial(text, (ClaimEntry)_first, (DenialEntry)_second, _kind == ExplanationKind.DenialById);
                break;
            case ExplanationKind.Responsibility:
                AppendResponsibility(text, (ClaimEntry)_first, (ClaimEntry)_second);
                break;
            case ExplanationKind.Presence:
                AppendPresence(text, (ClaimEntry)_first, (ClaimEntry)_second);
                break;
            case ExplanationKind.Figure:
                AppendFigure(text, (ClaimEntry)_first, (ClaimEntry)_second, Gap, figures!);
                break;
            case ExplanationKind.Time:
                AppendTimePair(text, (ClaimEntry)_first, (ClaimEntry)_second).Append(" do not overlap.");
                break;
            case ExplanationKind.Intent:
                AppendIntent(text, (ClaimEntry)_first, (ClaimEntry)_second);
                break;
            case ExplanationKind.Target:
                AppendTarget(text, (ClaimEntry)_first, (ClaimEntry)_second);
                break;
            case ExplanationKind.CumulativeFigure:
                AppendCumulativePair(text, (ClaimEntry)_first, (ClaimEntry)_second);
                text.Append(Inv, $": the later count of a running total is below the earlier one, relative gap {Gap * 100:0.#}%.");
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"No explanation for {_kind}.");
        }

        var (x, y) = Entry.CompareCanonical(_first, _second) > 0 ? (_second, _first) : (_first, _second);
        AppendModality(text, x);
        AppendModality(text, y);
        var sentence = text.ToString();
        if (text.Capacity <= KeptCapacity * 4)
        {
            t_text = text;
        }

        return sentence;
    }

    /// <summary>Whether a finding about this gap is a discrepancy rather than a conflict.</summary>
    public static bool IsDiscrepancy(double relativeGap, FigurePolicy figures) => relativeGap <= figures.DiscrepancyMaxRelativeGap;

    /// <summary>"deaths: A (side X) reports "510" = [510, 510] people (c-1); B (side Y) reports ... (c-2); the intervals".</summary>
    public static void AppendFigurePair(StringBuilder text, ClaimEntry a, ClaimEntry b) =>
        text.Append(Inv, $"{a.Figure!.Measure}: {Who(a)} reports \"{a.Figure.Text}\" = {a.Interval} {a.Figure.Unit} ({a.Reference}); {Who(b)} reports \"{b.Figure!.Text}\" = {b.Interval} {b.Figure.Unit} ({b.Reference}); the intervals");

    /// <summary>"A (side X) places i-1 at ... (c-1); B (side Y) at ... (c-2); the intervals".</summary>
    public static StringBuilder AppendTimePair(StringBuilder text, ClaimEntry a, ClaimEntry b) =>
        text.Append(Inv, $"{Who(a)} places {a.Incident} at {a.When} ({a.Reference}); {Who(b)} at {b.When} ({b.Reference}); the intervals");

    /// <summary>When the units differ: " once converted to the base unit of length ([18507.456, 20116.8) and [15000, 25000))".</summary>
    public static void AppendInBaseUnit(StringBuilder text, ClaimEntry a, ClaimEntry b)
    {
        if (!string.Equals(a.Figure!.Unit, b.Figure!.Unit, StringComparison.Ordinal))
        {
            text.Append(Inv, $" once converted to the base unit of {a.Dimension} ({a.Normalized.Rounded()} and {b.Normalized.Rounded()})");
        }
    }

    private static void AppendDenial(StringBuilder text, ClaimEntry claim, DenialEntry denial, bool byId)
    {
        var says = claim.Participant!.Says.TrimEnd('.'); // a text statement may end its sentence; the explanation goes on
        if (claim.Claimant.SharesSideWith(denial.Claimant))
        {
            text.Append(Inv, $"Side {claim.Claimant.Side} both asserts and denies it: {Who(claim)} claims ({claim.Reference}) that {says}, and {Who(denial)} denies it ({denial.Id}), ");
        }
        else
        {
            text.Append(Inv, $"{Who(denial)} denies in {denial.Id} claim {claim.Reference} by {Who(claim)} that {says}, ");
        }

        text.Append(byId
            ? "naming the claim by id"
            : denial.Incident is null ? "in a general denial of the same statement" : "negating the same statement on the same incident");
        if (denial.Denial.Denies == DeniedAspect.Intent)
        {
            text.Append(" (it denies the intent only, not the act)");
        }

        if (denial.Denial.Characterization != Characterization.Unstated)
        {
            text.Append(Inv, $", calling it {EnumText<Characterization>.Name(denial.Denial.Characterization)}");
        }
        if (!byId
            && denial.Denial.Statement is ResponsibilityStatement { Targets.IsEmpty: false } denied
            && claim.Statement is ResponsibilityStatement { Targets.IsEmpty: false } claimed)
        {
            StatementText.AppendTargets(text.Append(" (targets "), denied.Targets, string.Empty).Append(" overlap ");
            StatementText.AppendTargets(text, claimed.Targets, string.Empty).Append(')');
        }

        text.Append('.');
    }

    /// <summary>"running total killed: A (side X) reports "at least 27" = [27, ∞) people as of … (c-1); later, B …".</summary>
    public static void AppendCumulativePair(StringBuilder text, ClaimEntry earlier, ClaimEntry later) =>
        text.Append(Inv, $"running total {earlier.Figure!.Measure}: {Who(earlier)} reports \"{earlier.Figure.Text}\" = {earlier.Interval} {earlier.Figure.Unit} as of {earlier.AsOf} ({earlier.Reference}); later, {Who(later)} reports \"{later.Figure!.Text}\" = {later.Interval} {later.Figure.Unit} as of {later.AsOf} ({later.Reference})");

    private static void AppendIntent(StringBuilder text, ClaimEntry a, ClaimEntry b) =>
        text.Append(Inv, $"{Who(a)} says {Names(a)} acted {IntentOf(a)} in {a.Incident} ({a.Reference}); {Who(b)} says {Names(b)} acted {IntentOf(b)} ({b.Reference}): the same act cannot be both.");

    private static string IntentOf(ClaimEntry entry) => StatementText.Adverb(((ResponsibilityStatement)entry.Statement!).Intent);

    private static void AppendTarget(StringBuilder text, ClaimEntry exclusive, ClaimEntry other)
    {
        var only = (TargetStatement)exclusive.Statement!;
        var named = TargetCoverage.Targets(other.Statement!);
        StatementText.AppendTargets(text.Append(Inv, $"{Who(exclusive)} says only "), only.Targets, string.Empty).Append(Inv, $" were hit ({exclusive.Reference}); {Who(other)} says ");
        StatementText.AppendTargets(text, named, string.Empty).Append(Inv, $" ({other.Reference}), which the first does not cover.");
    }

    private static void AppendResponsibility(StringBuilder text, ClaimEntry a, ClaimEntry b)
    {
        text.Append(Inv, $"{Who(a)} says {Names(a)} carried out {a.Incident} ({a.Reference}); {Who(b)} says {Names(b)} did ({b.Reference}); neither is affiliated with the other (sides {Sides(a)} and {Sides(b)}).");
    }

    /// <summary>"X was not within R of P during T" against X or an affiliate acting at P within T
    /// (<see cref="ClaimEntry.Actors"/>: the actors each statement names).</summary>
    private static void AppendPresence(StringBuilder text, ClaimEntry absent, ClaimEntry acting)
    {
        text.Append(Inv, $"{Who(absent)} says {absent.Participant!.Says} ({absent.Reference})");
        if (absent.When is not null)
        {
            text.Append(Inv, $" during {absent.When}");
        }

        text.Append(Inv, $"; {Who(acting)} says {acting.Participant!.Says} ({acting.Reference}) ");
        if (absent.Incident is not null && absent.Incident == acting.Incident)
        {
            text.Append("on the same incident");
        }
        else
        {
            text.Append(Inv, $"at {acting.Place?.Name ?? "the same place"}");
            if (acting.When is not null)
            {
                text.Append(Inv, $", {acting.When}");
            }
        }

        if (AffiliatedPair(absent, acting) is var (absentActor, actingActor) && absentActor.Key != actingActor.Key)
        {
            text.Append(Inv, $" ({actingActor.Name} is affiliated with {absentActor.Name})");
        }

        text.Append('.');
    }

    private static void AppendFigure(StringBuilder text, ClaimEntry a, ClaimEntry b, double relativeGap, FigurePolicy figures)
    {
        AppendFigurePair(text, a, b);
        text.Append(" do not overlap");
        AppendInBaseUnit(text, a, b);
        var threshold = figures.DiscrepancyMaxRelativeGap * 100;
        text.Append(Inv, $", relative gap {relativeGap * 100:0.#}% ({(IsDiscrepancy(relativeGap, figures) ? "at most" : "above")} the {threshold:0.#}% discrepancy threshold).");
    }

    private static void AppendModality(StringBuilder text, Entry entry)
    {
        if (entry.Modality != Modality.Asserted)
        {
            text.Append(Inv, $" {entry.Reference} is {EnumText<Modality>.Name(entry.Modality)}, not asserted.");
        }
    }

    private static string Who(Entry entry) => entry.Claimant.Who;

    /// <summary>The names of the actors a statement names, joined as the statement joins them.</summary>
    private static string Names(ClaimEntry entry) => entry.Actors.Length == 1
        ? entry.Actors[0].Name
        : string.Join(entry.Statement is ResponsibilityStatement { Combination: ActorCombination.EitherOf } ? " or " : " and ", entry.Actors.Select(a => a.Name));

    private static string Sides(ClaimEntry entry) => entry.Actors.Length == 1 ? entry.Actors[0].Side : string.Join(", ", entry.Actors.Select(a => a.Side));

    /// <summary>The first (absent actor, acting actor) pair where the acting actor is the absent one or a part of it:
    /// the pair the presence conflict was found by.</summary>
    private static (ActorNode Absent, ActorNode Acting)? AffiliatedPair(ClaimEntry absent, ClaimEntry acting)
    {
        foreach (var a in absent.Actors)
        {
            foreach (var b in acting.Actors)
            {
                if (b.IsAffiliateOf(a.Key))
                {
                    return (a, b);
                }
            }
        }

        return null;
    }
}
