using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ClaimModel.Serialization;

namespace ClaimModel.Engine;

/// <summary>Builds <see cref="Finding"/>s and <see cref="ConsistentComparison"/>s: canonical participant order, origins, severity (rule on
/// <see cref="Severity"/>) and the explanation sentence (invariant culture). Not thread-safe: owned by one writer.</summary>
internal sealed class FindingBuilder
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private readonly ActorGraph _actors;
    private readonly FigurePolicy _figures;
    private readonly string _threshold;

    /// <summary>The explanation being built: one builder reused for every finding (one writer), so each
    /// explanation is one string with no intermediate ones.</summary>
    private readonly StringBuilder _text = new(256);

    /// <summary>The "says" text of a participant being built (separate from <see cref="_text"/>, which may be
    /// mid-explanation when a participant is first needed).</summary>
    private readonly StringBuilder _says = new(128);

    /// <summary>The origins list of each pair of claimant keys (in ordinal order of their ids).</summary>
    private readonly Dictionary<(int, int), ValueList<string>> _origins = [];

    public FindingBuilder(ActorGraph actors, FigurePolicy figures)
    {
        _actors = actors;
        _figures = figures;
        _threshold = (figures.DiscrepancyMaxRelativeGap * 100).ToString("0.#", Inv);
    }

    /// <summary>A denial finding, or a self-contradiction when the claimant and the denier share a side.</summary>
    public Finding Denial(ClaimEntry claim, DenialEntry denial, bool byId)
    {
        var selfContradiction = claim.Claimant.SharesSideWith(denial.Claimant);
        var says = Participant(claim).Says;
        var text = Begin();
        if (selfContradiction)
        {
            text.Append(Inv, $"Side {claim.Claimant.Side} both asserts and denies it: {Who(claim)} claims ({claim.Id}) that {says}, and {Who(denial)} denies it ({denial.Id}), ");
        }
        else
        {
            text.Append(Inv, $"{Who(denial)} denies in {denial.Id} claim {claim.Id} by {Who(claim)} that {says}, ");
        }

        text.Append(byId
            ? "naming the claim by id"
            : denial.Incident is null ? "in a general denial of the same statement" : "negating the same statement on the same incident");
        if (!byId
            && denial.Denial.Statement is ResponsibilityStatement { Targets.IsEmpty: false } denied
            && claim.Claim.Statement is ResponsibilityStatement { Targets.IsEmpty: false } claimed)
        {
            StatementText.AppendTargets(text.Append(" (targets "), denied.Targets, string.Empty).Append(" overlap ");
            StatementText.AppendTargets(text, claimed.Targets, string.Empty).Append(')');
        }

        text.Append('.');
        return Create(selfContradiction ? FindingKind.SelfContradiction : FindingKind.Denial, claim.Incident ?? denial.Incident, claim, denial);
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
        Begin().Append(Inv, $"{Who(a)} says {pa.Name} carried out {a.Incident} ({a.Id}); {Who(b)} says {pb.Name} did ({b.Id}); neither is affiliated with the other (sides {pa.Side} and {pb.Side}).");
        return Create(FindingKind.ConflictingResponsibility, a.Incident, a, b);
    }

    /// <summary>"X was not within R of P during T" against X or an affiliate acting at P within T.</summary>
    public Finding Presence(ClaimEntry absent, ClaimEntry acting)
    {
        var statement = (PresenceStatement)absent.Claim.Statement;
        var absentSays = Participant(absent).Says;
        var actingSays = Participant(acting).Says;
        var text = Begin();
        text.Append(Inv, $"{Who(absent)} says {absentSays} ({absent.Id})");
        if (absent.When is not null)
        {
            text.Append(Inv, $" during {absent.When}");
        }

        text.Append(Inv, $"; {Who(acting)} says {actingSays} ({acting.Id}) ");
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

        if (acting.Actor!.Key != _actors.Get(statement.Actor).Key)
        {
            text.Append(Inv, $" ({acting.Actor.Name} is affiliated with {_actors.NameOf(statement.Actor)})");
        }

        text.Append('.');
        return Create(FindingKind.PresenceConflict, acting.Incident ?? absent.Incident, absent, acting);
    }

    /// <summary>Two figures whose intervals do not overlap.</summary>
    public Finding Figure(ClaimEntry a, ClaimEntry b, double relativeGap)
    {
        if (Entry.CompareCanonical(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        var discrepancy = relativeGap <= _figures.DiscrepancyMaxRelativeGap;
        var text = Begin();
        AppendFigurePair(text, a, b);
        text.Append(Inv, $" do not overlap");
        AppendInBaseUnit(text, a, b);
        text.Append(Inv, $", relative gap {relativeGap * 100:0.#}% ({(discrepancy ? "at most" : "above")} the {_threshold}% discrepancy threshold).");
        return Create(discrepancy ? FindingKind.FigureDiscrepancy : FindingKind.FigureConflict, a.Incident, a, b);
    }

    /// <summary>Two occurrence times that do not overlap.</summary>
    public Finding Time(ClaimEntry a, ClaimEntry b)
    {
        if (Entry.CompareCanonical(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        AppendTimePair(Begin(), a, b).Append(" do not overlap.");
        return Create(FindingKind.TimeConflict, a.Incident, a, b);
    }

    /// <summary>Two figures of one measure whose intervals overlap.</summary>
    public ConsistentComparison ConsistentFigure(ClaimEntry a, ClaimEntry b)
    {
        if (Entry.CompareCanonical(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        var text = Begin().Append("consistent: ");
        AppendFigurePair(text, a, b);
        text.Append(" overlap");
        AppendInBaseUnit(text, a, b);
        text.Append(": both allow ");
        if (string.Equals(a.Figure!.Unit, b.Figure!.Unit, StringComparison.Ordinal))
        {
            text.Append(Inv, $"{a.Interval.Intersection(b.Interval)} {a.Figure.Unit}.");
        }
        else
        {
            text.Append(Inv, $"{a.Interval.Scale(a.Factor).Intersection(b.Interval.Scale(b.Factor)).Rounded()}.");
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
        if (Entry.CompareCanonical(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        var start = a.When!.Start > b.When!.Start ? a.When.Start : b.When.Start;
        var end = a.When.End < b.When.End ? a.When.End : b.When.End;
        var shared = new ResolvedTime(start, end, TimeZoneInfo.Utc, TimeSpan.Zero, "UTC", null, null);
        var text = AppendTimePair(Begin().Append("consistent: "), a, b).Append(Inv, $" overlap: both include {shared}.");
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

    /// <summary>The distinct claimant ids of two participants, sorted ordinally; one list per pair of claimants,
    /// shared by every finding between them (the lists are immutable).</summary>
    private ValueList<string> Origins(ActorNode x, ActorNode y)
    {
        var order = string.CompareOrdinal(x.Id, y.Id);
        if (order > 0)
        {
            (x, y) = (y, x);
        }

        ref var origins = ref CollectionsMarshal.GetValueRefOrAddDefault(_origins, (x.Key, y.Key), out var exists);
        if (!exists)
        {
            origins = order == 0 ? new ValueList<string>([x.Id]) : new ValueList<string>([x.Id, y.Id]);
        }

        return origins;
    }

    /// <summary>"deaths: A (side X) reports "510" = [510, 510] people (c-1); B (side Y) reports ... (c-2); the intervals".</summary>
    private static void AppendFigurePair(StringBuilder text, ClaimEntry a, ClaimEntry b) =>
        text.Append(Inv, $"{a.Figure!.Measure}: {Who(a)} reports \"{a.Figure.Text}\" = {a.Interval} {a.Figure.Unit} ({a.Id}); {Who(b)} reports \"{b.Figure!.Text}\" = {b.Interval} {b.Figure.Unit} ({b.Id}); the intervals");

    /// <summary>"A (side X) places i-1 at ... (c-1); B (side Y) at ... (c-2); the intervals".</summary>
    private static StringBuilder AppendTimePair(StringBuilder text, ClaimEntry a, ClaimEntry b) =>
        text.Append(Inv, $"{Who(a)} places {a.Incident} at {a.When} ({a.Id}); {Who(b)} at {b.When} ({b.Id}); the intervals");

    /// <summary>When the units differ: " once converted to the base unit of length ([18507.456, 20116.8) and [15000, 25000))".</summary>
    private static void AppendInBaseUnit(StringBuilder text, ClaimEntry a, ClaimEntry b)
    {
        if (!string.Equals(a.Figure!.Unit, b.Figure!.Unit, StringComparison.Ordinal))
        {
            text.Append(Inv, $" once converted to the base unit of {a.Dimension} ({a.Interval.Scale(a.Factor).Rounded()} and {b.Interval.Scale(b.Factor).Rounded()})");
        }
    }

    /// <summary>The finding whose explanation is in <see cref="_text"/>: canonical participant order, the
    /// modality notes appended to the explanation, origins and severity.</summary>
    private Finding Create(FindingKind kind, string? incident, Entry x, Entry y)
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
                _text.Append(Inv, $" {entry.Id} is {EnumText<Modality>.Name(entry.Modality)}, not asserted.");
            }
        }

        return new Finding
        {
            Kind = kind,
            Severity = SeverityOf(kind, hedged),
            Incident = incident,
            Participants = new ValueList<FindingParticipant>([Participant(x), Participant(y)]),
            Origins = Origins(x.Claimant, y.Claimant),
            Explanation = _text.ToString(),
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

    private string Says(Entry entry)
    {
        _says.Clear();
        _ = entry switch
        {
            ClaimEntry c => StatementText.Append(_says, c.Claim.Statement, _actors, c.Place),
            DenialEntry d => StatementText.Append(_says, d.Denial, _actors),
            _ => _says,
        };
        return _says.ToString();
    }

    private static string Who(Entry entry) => entry.Claimant.Who;
}
