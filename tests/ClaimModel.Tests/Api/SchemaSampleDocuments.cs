namespace ClaimModel.Tests.Api;

/// <summary>Hand-built documents that use every record, every statement kind and both the set and unset form of
/// each optional member; the schema check validates what the C# serializer writes for them.</summary>
internal static class SchemaSampleDocuments
{
    public static IEnumerable<(string Name, ClaimDocument Document)> All()
    {
        yield return ("minimal", new ClaimDocument());
        yield return ("aleppo", Aleppo());
        yield return ("every-statement-kind", EveryStatementKind());
    }

    private static readonly TimeSpec Wednesday = new()
    {
        Text = "Wednesday",
        Start = new DateTimeOffset(2016, 2, 10, 0, 0, 0, TimeSpan.FromHours(2)),
        Precision = TimePrecision.Day,
        TimeZone = "Asia/Damascus",
    };

    private static ClaimDocument Aleppo() => new()
    {
        Title = "Russia blames US for Aleppo bombing",
        Actors =
        [
            new Actor { Id = "russia", Name = "Russia", Kind = ActorKind.State },
            new Actor
            {
                Id = "russia-mod", Name = "Russian Defense Ministry", Kind = ActorKind.Ministry,
                Aliases = ["Russian defense ministry"],
                Affiliations = [new Affiliation { Actor = "russia", Relation = AffiliationRelation.PartOf }],
            },
            new Actor { Id = "usa", Name = "United States", Kind = ActorKind.State },
        ],
        Sources =
        [
            new Source
            {
                Id = "ibt-2016-02-11", Kind = SourceKind.NewsOutlet, Outlet = "International Business Times",
                Title = "Russia blames US for Aleppo bombing", Url = "https://example.org/a",
                Published = new TimeSpec
                {
                    Start = new DateTimeOffset(2016, 2, 11, 0, 0, 0, TimeSpan.FromHours(-5)),
                    Precision = TimePrecision.Day, TimeZone = "America/New_York",
                },
                PublishedBasis = "\"said Thursday\" in the body",
                Text = "... two American A-10 assault aircraft ...",
            },
            new Source { Id = "rt", Kind = SourceKind.StateMedia, Outlet = "Russia Today", AffiliatedActor = "russia" },
        ],
        Incidents =
        [
            new Incident
            {
                Id = "aleppo-bombing", Kind = IncidentKind.Bombing, Title = "Bombing in Aleppo",
                Place = new Place
                {
                    Name = "Aleppo", Country = "SY", Precision = PlacePrecision.City,
                    Coordinates = new GeoPoint { Latitude = 36.2, Longitude = 37.16 },
                },
                Time = Wednesday,
                Targets = [new Target { Kind = TargetKind.Hospital, Name = "al-Quds hospital" }],
            },
        ],
        Claims =
        [
            new Claim
            {
                Id = "c-a10", Claimant = "russia-mod", Incident = "aleppo-bombing",
                Statements = [new ResponsibilityStatement { Actors = ["usa"], Targets = [new Target { Kind = TargetKind.Objects }] }],
                Modality = Modality.Asserted,
                StatedAt = new TimeSpec
                {
                    Text = "Thursday", Relative = new RelativeDay { Weekday = DayOfWeek.Thursday },
                    Precision = TimePrecision.Day, TimeZone = "Europe/Moscow",
                },
                Reports =
                [
                    new Report
                    {
                        Source = "ibt-2016-02-11", Via = ["rt"],
                        Quote = new Quote { Exact = "two American A-10 assault aircraft", Prefix = "... ", Suffix = " ...", Start = 4, End = 38 },
                    },
                ],
            },
        ],
        Denials =
        [
            new Denial
            {
                Id = "d-usa", Claimant = "usa", Incident = "aleppo-bombing", DeniedClaims = ["c-a10"],
                Statement = new ResponsibilityStatement { Actors = ["usa"] }, Modality = Modality.Suggested,
                Reports = [new Report { Source = "ibt-2016-02-11", Quote = new Quote { Exact = "no US missions flown" } }],
            },
            new Denial
            {
                Id = "d-general", Claimant = "russia-mod", DeniedClaims = ["c-a10"],
                Reports = [new Report { Source = "rt", Quote = new Quote { Exact = "would never strike civilians" } }],
            },
        ],
    };

    private static ClaimDocument EveryStatementKind()
    {
        Report report = new() { Source = "s", Quote = new Quote { Exact = "words" } };
        Figure miles = new() { Measure = "distance-from-aleppo", Unit = "mi", Qualifier = FigureQualifier.Approximately, Value = 12, Text = "about 12 miles" };
        Statement[] statements =
        [
            new ResponsibilityStatement { Actors = ["a"] },
            new PresenceStatement { Actors = ["a"], Present = false, Within = miles },
            new PresenceStatement
            {
                Actors = ["a"], Present = true, Time = Wednesday,
                Place = new Place { Name = "Sukkari, Aleppo", Precision = PlacePrecision.Neighbourhood },
            },
            new QuantityStatement
            {
                Figure = new Figure { Measure = "sorties", Unit = "sorties", Qualifier = FigureQualifier.MoreThan, Value = 510, Text = "more than 510 sorties", Per = "week" },
                Subject = "a",
                Period = new TimeSpec
                {
                    Start = new DateTimeOffset(2016, 2, 4, 0, 0, 0, TimeSpan.FromHours(3)),
                    End = new DateTimeOffset(2016, 2, 12, 0, 0, 0, TimeSpan.FromHours(3)),
                    Precision = TimePrecision.Day,
                },
            },
            new QuantityStatement { Figure = new Figure { Measure = "killed", Unit = "people", Qualifier = FigureQualifier.Between, Value = 10, UpperValue = 20.5m, Text = "between 10 and 20" } },
            new QuantityStatement { Figure = new Figure { Measure = "displaced", Unit = "people", Qualifier = FigureQualifier.Vague, Vague = VagueQuantity.TensOfThousands, Text = "tens of thousands" } },
            new TargetStatement { Targets = [new Target { Kind = TargetKind.School }, new Target { Kind = TargetKind.Other, Name = "bakery" }] },
            new OccurrenceStatement
            {
                Time = new TimeSpec
                {
                    Text = "early yesterday", Relative = new RelativeDay { Offset = -1 }, PartOfDay = DayPart.EarlyMorning,
                    Precision = TimePrecision.Day, TimeZone = "Europe/Moscow",
                },
            },
            new OccurrenceStatement { Time = new TimeSpec { Start = new DateTimeOffset(2016, 2, 10, 13, 55, 0, TimeSpan.Zero), Precision = TimePrecision.Exact } },
            new TextStatement { Text = "Moscow suggested the coalition was responsible" },
        ];

        return new ClaimDocument
        {
            Actors = [new Actor { Id = "a", Name = "A", Kind = ActorKind.ArmedGroup }],
            Sources = [new Source { Id = "s", Kind = SourceKind.SocialMedia, Outlet = "S" }],
            Claims = ValueList.From(statements.Select((s, i) => new Claim
            {
                Id = $"c{i}", Claimant = "a", Statements = [s], Modality = (Modality)(i % 4), Reports = [report],
            })),
        };
    }
}
