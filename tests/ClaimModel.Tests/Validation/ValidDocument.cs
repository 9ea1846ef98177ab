namespace ClaimModel.Tests.Validation;

/// <summary>A small valid document touching every record kind, and helpers to change one record of it.</summary>
internal static class ValidDocument
{
    public const string SourceText = "On Thursday Igor Konashenkov said two American A-10 aircraft bombed Aleppo 🙂 yesterday.";

    public static Actor Russia => new() { Id = "russia", Name = "Russia", Kind = ActorKind.State };

    public static Actor Ministry => new()
    {
        Id = "russia-mod",
        Name = "Russian Defense Ministry",
        Kind = ActorKind.Ministry,
        Aliases = ["Russian defense ministry"],
        Affiliations = [new Affiliation { Actor = "russia", Relation = AffiliationRelation.PartOf }],
    };

    public static Actor Usa => new() { Id = "usa", Name = "United States", Kind = ActorKind.State };

    /// <summary>A spokesperson of the ministry (one voice with it).</summary>
    public static Actor Konashenkov => new()
    {
        Id = "konashenkov",
        Name = "Igor Konashenkov",
        Kind = ActorKind.Person,
        Affiliations = [new Affiliation { Actor = "russia-mod", Relation = AffiliationRelation.SpokespersonFor }],
    };

    /// <summary>An unnamed speaker: described, not named.</summary>
    public static Actor Spokesman => new() { Id = "pentagon-spokesman", Description = "a Pentagon spokesman", Kind = ActorKind.Person };

    /// <summary>The named person the unnamed speaker turns out to be.</summary>
    public static Actor Warren => new() { Id = "warren", Name = "Steve Warren", Kind = ActorKind.Person };

    public static Source Article => new()
    {
        Id = "ibt",
        Kind = SourceKind.NewsOutlet,
        Outlet = "IBTimes",
        Url = "https://example.org/a",
        Published = new TimeSpec { Start = new DateTimeOffset(2016, 2, 11, 0, 0, 0, TimeSpan.FromHours(-5)), Precision = TimePrecision.Day, TimeZone = "America/New_York" },
        Text = SourceText,
    };

    public static Source Rt => new() { Id = "rt", Kind = SourceKind.StateMedia, Outlet = "Russia Today", AffiliatedActor = "russia" };

    public static Incident Bombing => new()
    {
        Id = "aleppo-2016-02-10",
        Kind = IncidentKind.Bombing,
        Title = "Bombing in Aleppo",
        Place = new Place { Name = "Aleppo", Country = "SY", Coordinates = new GeoPoint { Latitude = 36.2, Longitude = 37.16 }, Precision = PlacePrecision.City },
        Time = new TimeSpec { Start = new DateTimeOffset(2016, 2, 10, 0, 0, 0, TimeSpan.FromHours(2)), Precision = TimePrecision.Day, PartOfDay = DayPart.Morning, TimeZone = "Asia/Damascus" },
        Targets = [new Target { Kind = TargetKind.Hospital }],
    };

    public static Report IbtReport => new() { Source = "ibt", Via = ["rt"], Quote = new Quote { Exact = "two American A-10 aircraft", Prefix = "said ", Start = 34, End = 60 } };

    public static Figure MilesFigure => new() { Measure = "distance-from-aleppo", Unit = "mi", Qualifier = FigureQualifier.Approximately, Value = 12, Text = "about 12 miles" };

    public static Claim A10Claim => new()
    {
        Id = "c-a10",
        Claimant = "russia-mod",
        Incident = "aleppo-2016-02-10",
        Statements = [new ResponsibilityStatement { Actors = ["usa"], Targets = [new Target { Kind = TargetKind.Objects }] }],
        StatedAt = new TimeSpec { Relative = new RelativeDay { Weekday = DayOfWeek.Thursday }, Precision = TimePrecision.Day, TimeZone = "Europe/Moscow" },
        Reports = [IbtReport],
    };

    public static Claim Presence => new()
    {
        Id = "c-presence",
        Claimant = "russia-mod",
        Incident = "aleppo-2016-02-10",
        Statements = [new PresenceStatement { Actors = ["russia"], Present = false, Within = MilesFigure }],
        Reports = [IbtReport],
    };

    public static Denial UsaDenial => new()
    {
        Id = "d-usa",
        Claimant = "usa",
        Incident = "aleppo-2016-02-10",
        DeniedClaims = ["c-a10"],
        Statement = new ResponsibilityStatement { Actors = ["usa"] },
        Reports = [new Report { Source = "ibt", Quote = new Quote { Exact = "Aleppo" } }],
    };

    public static ClaimDocument Document => new()
    {
        Title = "Example",
        Actors = [Russia, Ministry, Usa],
        Sources = [Article, Rt],
        Incidents = [Bombing],
        Claims = [A10Claim, Presence],
        Denials = [UsaDenial],
    };

    /// <summary>The valid document with more actors after its own.</summary>
    public static ClaimDocument WithActors(params Actor[] actors) => Document with { Actors = [Russia, Ministry, Usa, .. actors] };

    /// <summary>The valid document with <paramref name="claims"/> claims (the A-10 claim, then copies of it with ids
    /// c1, c2, …): its 3 actors, 2 sources, 1 incident and 1 denial besides.</summary>
    public static ClaimDocument WithClaims(int claims) =>
        Document with { Claims = [.. Enumerable.Range(0, claims).Select(i => i == 0 ? A10Claim : A10Claim with { Id = "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) })] };

    /// <summary>The valid document with these amendments.</summary>
    public static ClaimDocument WithAmendments(params Amendment[] amendments) => Document with { Amendments = amendments };

    /// <summary>A time stated on a day of February 2016 at noon, Moscow time.</summary>
    public static TimeSpec StatedOn(int day, TimePrecision precision = TimePrecision.Exact) =>
        new() { Start = new DateTimeOffset(2016, 2, day, 12, 0, 0, TimeSpan.FromHours(3)), Precision = precision, TimeZone = "Europe/Moscow" };

    /// <summary>The valid document with its first claim's statement replaced.</summary>
    public static ClaimDocument WithStatement(Statement statement) =>
        Document with { Claims = [A10Claim with { Statements = [statement] }] };

    /// <summary>The valid document with its first claim's statement time replaced.</summary>
    public static ClaimDocument WithTime(TimeSpec time) => Document with { Claims = [A10Claim with { StatedAt = time }] };

    /// <summary>The valid document with the presence claim's figure replaced.</summary>
    public static ClaimDocument WithFigure(Figure figure) =>
        Document with { Claims = [A10Claim, Presence with { Statements = [new PresenceStatement { Actors = ["russia"], Present = false, Within = figure }] }] };

    /// <summary>The valid document with the first claim's first report's quote replaced.</summary>
    public static ClaimDocument WithQuote(Quote quote) =>
        Document with { Claims = [A10Claim with { Reports = [IbtReport with { Quote = quote }] }] };
}
