using System.Globalization;
using ClaimModel.Serialization;

namespace ClaimModel.Engine;

/// <summary>Builds <see cref="Finding"/>s and <see cref="ConsistentComparison"/>s: canonical participant order, origins, severity (rule on
/// <see cref="Severity"/>) and the explanation sentence (invariant culture). Not thread-safe: owned by one writer.</summary>
internal sealed class FindingBuilder
{
    private readonly ActorGraph _actors;
    private readonly FigurePolicy _figures;

    public FindingBuilder(ActorGraph actors, FigurePolicy figures)
    {
        _actors = actors;
        _figures = figures;
    }

    /// <summary>A denial finding, or a self-contradiction when the claimant and the denier share a side.</summary>
    public Finding Denial(ClaimEntry claim, DenialEntry denial, bool byId)
    {
        var how = byId
            ? "naming the claim by id"
            : denial.Incident is null ? "in a general denial of the same statement" : "negating the same statement on the same incident";
        if (!byId
            && denial.Denial.Statement is ResponsibilityStatement { Targets.IsEmpty: false } denied
            && claim.Claim.Statement is ResponsibilityStatement { Targets.IsEmpty: false } claimed)
        {
            how += Invariant($" (targets {StatementText.Targets(denied.Targets, string.Empty)} overlap {StatementText.Targets(claimed.Targets, string.Empty)})");
        }

        var explanation = claim.Claimant.SharesSideWith(denial.Claimant)
            ? Invariant($"Side {Side(claim.Claimant)} both asserts and denies it: {Who(claim)} claims ({claim.Id}) that {Says(claim)}, and {Who(denial)} denies it ({denial.Id}), {how}.")
            : Invariant($"{Who(denial)} denies in {denial.Id} claim {claim.Id} by {Who(claim)} that {Says(claim)}, {how}.");
        var kind = claim.Claimant.SharesSideWith(denial.Claimant) ? FindingKind.SelfContradiction : FindingKind.Denial;
        return Create(kind, claim.Incident ?? denial.Incident, claim, denial, explanation);
    }

    /// <summary>Two sides name perpetrators on different sides.</summary>
    public Finding Responsibility(ClaimEntry a, ClaimEntry b)
    {
        if (Entry.CompareCanonical(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        var pa = a.Actor!;
        var pb = b.Actor!;
        return Create(
            FindingKind.ConflictingResponsibility,
            a.Incident,
            a,
            b,
            Invariant($"{Who(a)} says {pa.Name} carried out {a.Incident} ({a.Id}); {Who(b)} says {pb.Name} did ({b.Id}); neither is affiliated with the other (sides {Side(pa)} and {Side(pb)})."));
    }

    /// <summary>"X was not within R of P during T" against X or an affiliate acting at P within T.</summary>
    public Finding Presence(ClaimEntry absent, ClaimEntry acting)
    {
        var statement = (PresenceStatement)absent.Claim.Statement;
        var affiliate = acting.Actor!.Key == _actors.Get(statement.Actor).Key
            ? string.Empty
            : Invariant($" ({acting.Actor.Name} is affiliated with {_actors.NameOf(statement.Actor)})");
        var where = absent.Incident is not null && absent.Incident == acting.Incident
            ? "on the same incident"
            : Invariant($"at {acting.Place?.Name ?? "the same place"}{(acting.When is null ? string.Empty : ", " + acting.When)}");
        return Create(
            FindingKind.PresenceConflict,
            acting.Incident ?? absent.Incident,
            absent,
            acting,
            Invariant($"{Who(absent)} says {Says(absent)} ({absent.Id}){(absent.When is null ? string.Empty : " during " + absent.When)}; {Who(acting)} says {Says(acting)} ({acting.Id}) {where}{affiliate}."));
    }

    /// <summary>Two figures whose intervals do not overlap.</summary>
    public Finding Figure(ClaimEntry a, ClaimEntry b, double relativeGap)
    {
        if (Entry.CompareCanonical(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        var measure = a.Figure!.Measure;
        var discrepancy = relativeGap <= _figures.DiscrepancyMaxRelativeGap;
        var gap = (relativeGap * 100).ToString("0.#", CultureInfo.InvariantCulture);
        var threshold = (_figures.DiscrepancyMaxRelativeGap * 100).ToString("0.#", CultureInfo.InvariantCulture);
        return Create(
            discrepancy ? FindingKind.FigureDiscrepancy : FindingKind.FigureConflict,
            a.Incident,
            a,
            b,
            Invariant($"{measure}: {Who(a)} reports {Reported(a)} ({a.Id}); {Who(b)} reports {Reported(b)} ({b.Id}); the intervals do not overlap{InBaseUnit(a, b)}, relative gap {gap}% ({(discrepancy ? "at most" : "above")} the {threshold}% discrepancy threshold)."));
    }

    /// <summary>Two occurrence times that do not overlap.</summary>
    public Finding Time(ClaimEntry a, ClaimEntry b)
    {
        if (Entry.CompareCanonical(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        return Create(
            FindingKind.TimeConflict,
            a.Incident,
            a,
            b,
            Invariant($"{Who(a)} places {a.Incident} at {a.When} ({a.Id}); {Who(b)} at {b.When} ({b.Id}); the intervals do not overlap."));
    }

    /// <summary>Two figures of one measure whose intervals overlap.</summary>
    public ConsistentComparison ConsistentFigure(ClaimEntry a, ClaimEntry b)
    {
        if (Entry.CompareCanonical(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        var sharedText = string.Equals(a.Figure!.Unit, b.Figure!.Unit, StringComparison.Ordinal)
            ? Invariant($"{a.Interval.Intersection(b.Interval)} {a.Figure.Unit}")
            : a.Interval.Scale(a.Factor).Intersection(b.Interval.Scale(b.Factor)).Rounded().ToString();
        return new ConsistentComparison
        {
            Kind = ComparisonKind.Figure,
            Incident = a.Incident,
            Measure = a.Figure!.Measure,
            Participants = new ValueList<FindingParticipant>([Participant(a), Participant(b)]),
            Intervals = new ValueList<ComparedInterval>([Compared(a), Compared(b)]),
            Explanation = Invariant($"consistent: {a.Figure.Measure}: {Who(a)} reports {Reported(a)} ({a.Id}); {Who(b)} reports {Reported(b)} ({b.Id}); the intervals overlap{InBaseUnit(a, b)}: both allow {sharedText}."),
        };
    }

    /// <summary>Two occurrence times of one incident that overlap.</summary>
    public ConsistentComparison ConsistentTime(ClaimEntry a, ClaimEntry b)
    {
        if (Entry.CompareCanonical(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        var start = a.When!.Start > b.When!.Start ? a.When.Start : b.When.Start;
        var end = a.When.End < b.When.End ? a.When.End : b.When.End;
        var shared = new ResolvedTime(start, end, TimeZoneInfo.Utc, TimeSpan.Zero, "UTC", null, null);
        return new ConsistentComparison
        {
            Kind = ComparisonKind.Time,
            Incident = a.Incident,
            Participants = new ValueList<FindingParticipant>([Participant(a), Participant(b)]),
            Intervals = new ValueList<ComparedInterval>([Compared(a), Compared(b)]),
            Explanation = Invariant($"consistent: {Who(a)} places {a.Incident} at {a.When} ({a.Id}); {Who(b)} at {b.When} ({b.Id}); the intervals overlap: both include {shared}."),
        };
    }

    private static ComparedInterval Compared(ClaimEntry entry) => entry.Figure is { } figure
        ? new ComparedInterval { Id = entry.Id, Reported = figure.Text, Interval = entry.Interval.ToString(), Unit = figure.Unit }
        : new ComparedInterval { Id = entry.Id, Reported = entry.When!.Text ?? string.Empty, Interval = entry.When.ToString(), TimeZone = entry.When.ZoneName };

    /// <summary>"\"12 miles\" = [11.5, 12.5) mi".</summary>
    private static string Reported(ClaimEntry entry) => Invariant($"\"{entry.Figure!.Text}\" = {entry.Interval} {entry.Figure.Unit}");

    /// <summary>When the units differ: " once converted to the base unit of length ([18507.456, 20116.8) and [15000, 25000))".</summary>
    private static string InBaseUnit(ClaimEntry a, ClaimEntry b) =>
        string.Equals(a.Figure!.Unit, b.Figure!.Unit, StringComparison.Ordinal)
            ? string.Empty
            : Invariant($" once converted to the base unit of {a.Dimension} ({a.Interval.Scale(a.Factor).Rounded()} and {b.Interval.Scale(b.Factor).Rounded()})");

    private Finding Create(FindingKind kind, string? incident, Entry x, Entry y, string explanation)
    {
        if (Entry.CompareCanonical(x, y) > 0)
        {
            (x, y) = (y, x);
        }

        var hedged = x.Modality != Modality.Asserted || y.Modality != Modality.Asserted;
        foreach (var entry in (ReadOnlySpan<Entry>)[x, y])
        {
            if (entry.Modality != Modality.Asserted)
            {
                explanation += Invariant($" {entry.Id} is {EnumText<Modality>.Name(entry.Modality)}, not asserted.");
            }
        }

        var origins = string.CompareOrdinal(x.Claimant.Id, y.Claimant.Id) switch
        {
            0 => new ValueList<string>([x.Claimant.Id]),
            < 0 => new ValueList<string>([x.Claimant.Id, y.Claimant.Id]),
            _ => new ValueList<string>([y.Claimant.Id, x.Claimant.Id]),
        };

        return new Finding
        {
            Kind = kind,
            Severity = SeverityOf(kind, hedged),
            Incident = incident,
            Participants = new ValueList<FindingParticipant>([Participant(x), Participant(y)]),
            Origins = origins,
            Explanation = explanation,
        };
    }

    /// <summary>The severity rule documented on <see cref="Engine.Severity"/>.</summary>
    public static Severity SeverityOf(FindingKind kind, bool hedged)
    {
        var severity = kind switch
        {
            FindingKind.FigureConflict or FindingKind.TimeConflict => Engine.Severity.Medium,
            FindingKind.FigureDiscrepancy => Engine.Severity.Low,
            _ => Engine.Severity.High,
        };
        return hedged && severity > Engine.Severity.Info ? severity - 1 : severity;
    }

    private FindingParticipant Participant(Entry entry) => entry.Participant ??= new FindingParticipant
    {
        Id = entry.Id,
        Role = entry.Role,
        Claimant = entry.Claimant.Id,
        ClaimantName = entry.Claimant.Name,
        Sides = entry.Claimant.Roots,
        Modality = entry.Modality,
        Says = Says(entry),
        Reports = entry.Reports,
    };

    private string Says(Entry entry) => entry switch
    {
        ClaimEntry c => StatementText.Describe(c.Claim.Statement, _actors, c.Place),
        DenialEntry d => StatementText.Describe(d.Denial, _actors),
        _ => string.Empty,
    };

    private static string Who(Entry entry) => Invariant($"{entry.Claimant.Name} (side {Side(entry.Claimant)})");

    private static string Side(ActorNode node) => string.Join("+", node.Roots);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
