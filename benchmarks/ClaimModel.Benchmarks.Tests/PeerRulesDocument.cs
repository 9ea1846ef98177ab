namespace ClaimModel.Benchmarks.Tests;

/// <summary>A small document whose findings reach the rules the benchmark corpus does not: a claim of several
/// statements denied as a whole and by <c>claimId#n</c>, a denial naming a claim twice, a general denial (no
/// incident) with targets, an intent-only denial, a denial from the claimant's own side, actors below the denied
/// one, responsibility naming several actors, figures of every qualifier in two units, and a revised claim.</summary>
internal static class PeerRulesDocument
{
    public static ClaimDocument Create() => new()
    {
        Actors =
        [
            Actor("russia"),
            Actor("russia-mod", "russia"),
            Actor("russia-vks", "russia-mod"),
            Actor("syria"),
            Actor("syrian-army", "syria"),
            Actor("us"),
            Actor("coalition"),
            Actor("us-dod", "us", "coalition"),
            Actor("uk", "coalition"),
            Actor("observatory"),
        ],
        Claims =
        [
            Claim("c-01", "us-dod", "i-1", Responsibility(["russia-vks"], targets: [new Target { Kind = TargetKind.Hospital }])),
            Claim("c-02", "russia-mod", "i-1", Responsibility(["us-dod", "uk"])),
            Claim("c-03", "observatory", "i-1", Responsibility(["russia", "syrian-army"]), Responsibility(["uk"], Intent.Deliberate)),
            Claim("c-04", "syria", "i-1", Responsibility(["coalition"], Intent.Accidental)),
            Claim("c-05", "uk", "i-2", Responsibility(["russia-vks"], Intent.Deliberate, [new Target { Kind = TargetKind.School }])),
            Claim("c-06", "uk", "i-2", Responsibility(["syrian-army"])),
            Claim("c-07", "us-dod", null, Responsibility(["russia"], targets: [new Target { Kind = TargetKind.MilitaryFacility }])),
            Claim("c-10", "us-dod", "i-1", Quantity(Figure(FigureQualifier.Exact, 510, "sorties"))),
            Claim("c-11", "russia-mod", "i-1", Quantity(Figure(FigureQualifier.MoreThan, 510, "sorties"))),
            Claim("c-12", "observatory", "i-1", Quantity(Figure(FigureQualifier.Nearly, 1900, "sorties")), Quantity(Figure(FigureQualifier.Exact, 1888, "sorties"))),
            Claim("c-13", "syria", "i-1", Quantity(Figure(FigureQualifier.Between, 100, "sorties", upper: 200))),
            Claim("c-14", "uk", "i-1", Quantity(Figure(FigureQualifier.AtMost, 90, "sorties"))),
            Claim("c-15", "us", "i-1", Quantity(Figure(FigureQualifier.Vague, null, "sorties", vague: VagueQuantity.Thousands))),
            Claim("c-16", "us", "i-1", Quantity(Figure(FigureQualifier.Exact, 12, "mi", measure: "distance"))),
            Claim("c-17", "russia-mod", "i-1", Quantity(Figure(FigureQualifier.Approximately, 12.5m, "mi", measure: "distance")), Quantity(Figure(FigureQualifier.Exact, 30, "km", measure: "distance"))),
            Claim("c-18", "syria", "i-1", Quantity(Figure(FigureQualifier.LessThan, 19, "km", measure: "distance"))),
            Claim("c-19", "uk", "i-1", Quantity(Figure(FigureQualifier.AtLeast, 40.25m, "km", measure: "distance"))),
            Claim("c-20", "observatory", "i-1", new OccurrenceStatement { Time = new TimeSpec { Start = new DateTimeOffset(2016, 4, 28, 0, 0, 0, TimeSpan.Zero), Precision = TimePrecision.Day } }),
            Claim("c-21", "us-dod", "i-1", new TargetStatement { Targets = [new Target { Kind = TargetKind.Hospital }, new Target { Kind = TargetKind.School }] }),
            Claim("c-22", "us-dod", "i-1", new PresenceStatement { Actors = ["russia-vks"], Present = true }),
            Claim("c-30", "us", "i-3", Responsibility(["russia"])) with { Supersedes = ["c-31"] },
            Claim("c-31", "us", "i-3", Responsibility(["syria"])),
            Claim("c-32", "russia", "i-3", Responsibility(["us"])),
        ],
        Denials =
        [
            Denial("d-1", "russia-mod", "i-1", Responsibility(["russia"])) with { DeniedClaims = ["c-03#0", "c-03#0", "c-10"] },
            Denial("d-2", "russia", null, Responsibility(["russia"], targets: [new Target { Kind = TargetKind.Civilians }])),
            Denial("d-3", "uk", "i-2", Responsibility(["russia-mod"])) with { Denies = DeniedAspect.Intent },
            Denial("d-4", "us", "i-1", Responsibility(["us-dod"])),
            Denial("d-5", "russia-mod", "i-1", Quantity(Figure(FigureQualifier.Exact, 1, "sorties"))) with { DeniedClaims = ["c-12", "c-12#1", "c-17#1", "c-17#9", "c-99"] },
            Denial("d-6", "syria", "i-1", new OccurrenceStatement { Time = new TimeSpec { Start = new DateTimeOffset(2016, 4, 28, 0, 0, 0, TimeSpan.Zero), Precision = TimePrecision.Day } }),
            Denial("d-7", "russia", null, new TargetStatement { Targets = [new Target { Kind = TargetKind.School }] }),
            Denial("d-8", "russia", "i-1", new PresenceStatement { Actors = ["russia"], Present = true }),
            Denial("d-9", "syria", "i-3", Responsibility(["syria"])) with { DeniedClaims = ["c-31"] },
        ],
    };

    /// <summary>A claim naming two actors below the denied one ("the ministry and its air force did it") and a
    /// denial of their parent ("Russia did not"): one pair, met under both actors.</summary>
    public static ClaimDocument TwoActorsBelowTheDenied() => new()
    {
        Actors = [Actor("russia"), Actor("russia-mod", "russia"), Actor("russia-vks", "russia-mod"), Actor("us")],
        Claims = [Claim("c-08", "us", "i-2", Responsibility(["russia-mod", "russia-vks"]))],
        Denials = [Denial("d-10", "russia", "i-2", Responsibility(["russia"]))],
    };

    private static Actor Actor(string id, params string[] parents) => new()
    {
        Id = id,
        Kind = ActorKind.Government,
        Affiliations = [.. parents.Select(p => new Affiliation { Actor = p, Relation = AffiliationRelation.PartOf })],
    };

    private static ResponsibilityStatement Responsibility(string[] actors, Intent intent = Intent.Unstated, Target[]? targets = null) =>
        new() { Actors = [.. actors], Intent = intent, Targets = [.. targets ?? []] };

    private static QuantityStatement Quantity(Figure figure) => new() { Figure = figure };

    private static Figure Figure(FigureQualifier qualifier, decimal? value, string unit, decimal? upper = null, VagueQuantity? vague = null, string measure = "sorties") =>
        new() { Measure = measure, Unit = unit, Qualifier = qualifier, Value = value, UpperValue = upper, Vague = vague, Text = $"{qualifier} {value} {unit}" };

    private static Claim Claim(string id, string claimant, string? incident, params Statement[] statements) => new()
    {
        Id = id,
        Claimant = claimant,
        Incident = incident,
        Statements = [.. statements],
        Modality = id.EndsWith('5') ? Modality.Hedged : Modality.Asserted,
        Reports = [],
    };

    private static Denial Denial(string id, string claimant, string? incident, Statement statement) => new()
    {
        Id = id,
        Claimant = claimant,
        Incident = incident,
        Statement = statement,
        Reports = [],
    };
}
