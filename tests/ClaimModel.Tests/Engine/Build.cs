using ClaimModel;
using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>Small hand-built documents for engine tests.</summary>
internal static class Build
{
    public static readonly DateTimeOffset Feb10Damascus = new(2016, 2, 10, 0, 0, 0, TimeSpan.FromHours(2));

    public static Actor Actor(string id, params (string Parent, AffiliationRelation Relation)[] parents) => new()
    {
        Id = id,
        Name = id.ToUpperInvariant(),
        Kind = ActorKind.State,
        Affiliations = ValueList.From(parents.Select(p => new Affiliation { Actor = p.Parent, Relation = p.Relation })),
    };

    /// <summary>russia (russia-mod part-of, konashenkov spokesperson-for russia-mod), coalition (usa member-of,
    /// us-air-force part-of usa, state-dept part-of usa), sohr (an NGO, its own side).</summary>
    public static ValueList<Actor> Actors() =>
    [
        Actor("russia"),
        Actor("russia-mod", ("russia", AffiliationRelation.PartOf)),
        Actor("konashenkov", ("russia-mod", AffiliationRelation.SpokespersonFor)),
        Actor("coalition"),
        Actor("usa", ("coalition", AffiliationRelation.MemberOf)),
        Actor("us-air-force", ("usa", AffiliationRelation.PartOf)),
        Actor("state-dept", ("usa", AffiliationRelation.PartOf)),
        Actor("syria"),
        Actor("sohr"),
    ];

    public static Source Source(string id, TimeSpec? published = null) => new()
    {
        Id = id,
        Kind = SourceKind.NewsOutlet,
        Outlet = "Outlet " + id,
        Published = published,
    };

    public static Incident Incident(string id, string place = "Aleppo", TimeSpec? time = null, GeoPoint? coordinates = null) => new()
    {
        Id = id,
        Kind = IncidentKind.Airstrike,
        Title = "Incident " + id,
        Place = new Place { Name = place, Precision = PlacePrecision.City, Coordinates = coordinates },
        Time = time,
    };

    public static TimeSpec Day(int year, int month, int day, string zone, double offsetHours, DayPart? part = null, string? text = null) => new()
    {
        Start = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.FromHours(offsetHours)),
        Precision = TimePrecision.Day,
        TimeZone = zone,
        PartOfDay = part,
        Text = text,
    };

    public static ValueList<Report> Reports(string source = "src", string quote = "quote") =>
        [new Report { Source = source, Quote = new Quote { Exact = quote } }];

    public static Claim Claim(string id, string claimant, string? incident, Statement statement, Modality modality = Modality.Asserted, TimeSpec? statedAt = null, string source = "src") => new()
    {
        Id = id,
        Claimant = claimant,
        Incident = incident,
        Statements = [statement],
        Modality = modality,
        StatedAt = statedAt,
        Reports = Reports(source, "quote of " + id),
    };

    public static Denial Denial(string id, string claimant, string? incident, Statement? statement = null, params string[] denied) => new()
    {
        Id = id,
        Claimant = claimant,
        Incident = incident,
        Statement = statement,
        DeniedClaims = denied,
        Reports = Reports("src", "quote of " + id),
    };

    public static ResponsibilityStatement Did(string actor) => new() { Actors = [actor] };

    public static PresenceStatement NotWithin(string actor, Figure? within = null, Place? place = null, TimeSpec? time = null) =>
        new() { Actors = [actor], Present = false, Within = within, Place = place, Time = time };

    public static Figure Figure(string measure, string unit, FigureQualifier qualifier, decimal? value, string text, decimal? upper = null, VagueQuantity? vague = null) =>
        new() { Measure = measure, Unit = unit, Qualifier = qualifier, Value = value, UpperValue = upper, Vague = vague, Text = text };

    public static QuantityStatement Quantity(Figure figure, string? subject = null, TimeSpec? period = null) =>
        new() { Figure = figure, Subject = subject, Period = period };

    public static OccurrenceStatement Occurred(TimeSpec time) => new() { Time = time };

    /// <summary>"It hit only" one target of <paramref name="kind"/> (an exclusive target account).</summary>
    public static TargetStatement Only(TargetKind kind) => new() { Targets = [new Target { Kind = kind }], Scope = TargetScope.Only };

    /// <summary>A claim about incident i1 counting a running total of people killed up to <paramref name="asOf"/>.</summary>
    public static Claim Toll(string id, string claimant, FigureQualifier qualifier, decimal value, string text, TimeSpec asOf) =>
        Claim(id, claimant, "i1", Quantity(Figure("killed", "people", qualifier, value, text) with { Cumulative = true, AsOf = asOf }));

    public static ClaimDocument Document(IEnumerable<Claim>? claims = null, IEnumerable<Denial>? denials = null, IEnumerable<Incident>? incidents = null, IEnumerable<Source>? sources = null) => new()
    {
        Actors = Actors(),
        Sources = ValueList.From(sources ?? [Source("src")]),
        Incidents = ValueList.From(incidents ?? [Incident("i1"), Incident("i2", "Homs")]),
        Claims = ValueList.From(claims ?? []),
        Denials = ValueList.From(denials ?? []),
    };

    /// <summary>A participant as a finding made outside the engine shows it.</summary>
    public static FindingParticipant Participant(string id, ParticipantRole role = ParticipantRole.Claim, int? statement = null, string claimant = "a") => new()
    {
        Id = id, Role = role, Statement = statement, Claimant = claimant, ClaimantName = claimant.ToUpperInvariant(), Sides = [claimant], Modality = Modality.Asserted, Says = "says " + id, Reports = [],
    };

    /// <summary>A finding made outside the engine (its explanation given).</summary>
    public static Finding Made(FindingKind kind, string? incident, params FindingParticipant[] participants) => new()
    {
        Kind = kind,
        Severity = Severity.Medium,
        Incident = incident,
        Participants = ValueList.From(participants),
        Origins = ValueList.From(participants.Select(p => p.Claimant).Distinct().Order(StringComparer.Ordinal)),
        Explanation = "made " + string.Join(" ", participants.Select(p => p.Reference)),
    };

    /// <summary>A document whose report has findings of several kinds, severities and incidents: responsibility
    /// conflicts, a denial and a figure conflict on i1, a responsibility conflict on i2.</summary>
    public static ClaimDocument Mixed() => Document(
        [
            Claim("c1", "konashenkov", "i1", Did("usa")),
            Claim("c2", "state-dept", "i1", Did("russia")),
            Claim("c3", "russia", "i1", Quantity(Figure("deaths", "people", FigureQualifier.Exact, 10, "10"))),
            Claim("c4", "usa", "i1", Quantity(Figure("deaths", "people", FigureQualifier.Exact, 50, "50"))),
            Claim("c5", "sohr", "i2", Did("syria")),
            Claim("c6", "konashenkov", "i2", Did("usa")),
        ],
        [Denial("d1", "usa", "i1", Did("usa"))]);
}
