namespace ClaimModel.Tests.Support;

/// <summary>Hand-built documents from the seed story (Aleppo, February and April 2016). Each call builds new
/// instances, so two calls give equal but separate documents.</summary>
public static class SampleDocuments
{
    /// <summary>A document in which every member of every record (and every statement kind) is set at least
    /// once, with non-ASCII text, a negative offset and a non-integral figure.</summary>
    public static ClaimDocument Representative() => new()
    {
        Title = "Aleppo, February 2016 — «who bombed?»",
        Actors =
        [
            new Actor { Id = "russia", Name = "Russia", Kind = ActorKind.State },
            new Actor
            {
                Id = "russia-mod",
                Name = "Russian Defense Ministry",
                Kind = ActorKind.Ministry,
                Aliases = ["Russian defense ministry", "Минобороны России"],
                Affiliations = [new Affiliation { Actor = "russia", Relation = AffiliationRelation.PartOf }],
            },
            new Actor
            {
                Id = "konashenkov",
                Name = "Igor Konashenkov",
                Kind = ActorKind.Person,
                Affiliations = [new Affiliation { Actor = "russia-mod", Relation = AffiliationRelation.SpokespersonFor }],
            },
            new Actor { Id = "usa", Name = "United States", Kind = ActorKind.State },
        ],
        Sources =
        [
            new Source
            {
                Id = "ibt-2016-02-11",
                Kind = SourceKind.NewsOutlet,
                Outlet = "International Business Times",
                Title = "Russia blames US for Aleppo bombing",
                Url = "https://example.org/a?x=1&y=2",
                Published = new TimeSpec
                {
                    Start = new DateTimeOffset(2016, 2, 11, 0, 0, 0, TimeSpan.FromHours(-5)),
                    Precision = TimePrecision.Day,
                    TimeZone = "America/New_York",
                },
                PublishedBasis = "\"said Thursday\" in the body",
                AffiliatedActor = "usa",
                Text = "Line one.\nTwo American A-10 assault aircraft…\ttab",
            },
        ],
        Incidents =
        [
            new Incident
            {
                Id = "aleppo-bombing-2016-02-10",
                Kind = IncidentKind.Bombing,
                Title = "Bombing in Aleppo, Wednesday 10 Feb 2016",
                Place = new Place
                {
                    Name = "Aleppo",
                    Country = "SY",
                    Coordinates = new GeoPoint { Latitude = 36.2, Longitude = 37.16 },
                    Precision = PlacePrecision.City,
                },
                Time = new TimeSpec
                {
                    Text = "Wednesday",
                    Start = new DateTimeOffset(2016, 2, 10, 0, 0, 0, TimeSpan.FromHours(2)),
                    End = new DateTimeOffset(2016, 2, 11, 0, 0, 0, TimeSpan.FromHours(2)),
                    Precision = TimePrecision.Day,
                    TimeZone = "Asia/Damascus",
                },
                Targets = [new Target { Kind = TargetKind.Hospital, Name = "al-Quds" }],
                PartOf = "aleppo-offensive-2016",
            },
        ],
        Claims =
        [
            new Claim
            {
                Id = "c-a10",
                Claimant = "konashenkov",
                Incident = "aleppo-bombing-2016-02-10",
                Statements = [new ResponsibilityStatement { Actors = ["usa"], Targets = [new Target { Kind = TargetKind.Objects }] }],
                Modality = Modality.Suggested,
                StatedAt = new TimeSpec
                {
                    Text = "Thursday",
                    Relative = new RelativeDay { Weekday = DayOfWeek.Thursday },
                    Precision = TimePrecision.Day,
                    TimeZone = "Europe/Moscow",
                },
                Reports =
                [
                    new Report
                    {
                        Source = "ibt-2016-02-11",
                        Via = ["rt", "tass"],
                        Quote = new Quote { Exact = "two American A-10", Prefix = "(5:55 a.m. EST), ", Suffix = " assault aircraft", Start = 120, End = 137 },
                    },
                ],
            },
            new Claim
            {
                Id = "c-distance",
                Claimant = "konashenkov",
                Statements = [new PresenceStatement
                {
                    Actors = ["russia"],
                    Present = false,
                    Place = new Place { Name = "Aleppo", Precision = PlacePrecision.City },
                    Within = new Figure { Measure = "distance-from-aleppo", Unit = "mi", Qualifier = FigureQualifier.Approximately, Value = 12.5m, Text = "12.5 miles (20 kilometers)" },
                    Time = new TimeSpec { Relative = new RelativeDay { Offset = -1 }, PartOfDay = DayPart.EarlyMorning, Precision = TimePrecision.Day },
                }],
                Reports = [new Report { Source = "ibt-2016-02-11", Quote = new Quote { Exact = "about 12 miles" } }],
            },
            new Claim
            {
                Id = "c-sorties",
                Claimant = "russia-mod",
                Statements = [new QuantityStatement
                {
                    Figure = new Figure { Measure = "sorties", Unit = "sorties", Qualifier = FigureQualifier.Between, Value = 500m, UpperValue = 510m, Per = "week", Text = "500 to 510 sorties a week" },
                    Subject = "russia",
                    Period = new TimeSpec { Text = "February 4-11", Start = new DateTimeOffset(2016, 2, 4, 0, 0, 0, TimeSpan.FromHours(3)), Precision = TimePrecision.Week },
                }],
                Modality = Modality.Estimated,
                Reports = [new Report { Source = "ibt-2016-02-11", Quote = new Quote { Exact = "made 510 sorties" } }],
            },
            new Claim
            {
                Id = "c-hit",
                Claimant = "usa",
                Statements = [new TargetStatement { Targets = [new Target { Kind = TargetKind.Hospital }, new Target { Kind = TargetKind.Other, Name = "bakery" }] }],
                Reports = [new Report { Source = "ibt-2016-02-11", Quote = new Quote { Exact = "two hospitals" } }],
            },
            new Claim
            {
                Id = "c-when",
                Claimant = "usa",
                Statements = [new OccurrenceStatement { Time = new TimeSpec { Text = "early on Thursday", PartOfDay = DayPart.Night, Precision = TimePrecision.Hour } }],
                Reports = [new Report { Source = "ibt-2016-02-11", Quote = new Quote { Exact = "early on Thursday" } }],
            },
            new Claim
            {
                Id = "c-dozens",
                Claimant = "usa",
                Statements = [new QuantityStatement { Figure = new Figure { Measure = "killed", Unit = "people", Qualifier = FigureQualifier.Vague, Vague = VagueQuantity.Dozens, Text = "dozens" } }],
                Reports = [new Report { Source = "ibt-2016-02-11", Quote = new Quote { Exact = "dozens" } }],
            },
        ],
        Denials =
        [
            new Denial
            {
                Id = "d-state-dept",
                Claimant = "usa",
                Incident = "aleppo-bombing-2016-02-10",
                DeniedClaims = ["c-a10"],
                Statement = new TextStatement { Text = "no US missions flown in or around Aleppo" },
                Modality = Modality.Asserted,
                StatedAt = new TimeSpec { Start = new DateTimeOffset(2016, 2, 11, 13, 55, 30, 250, TimeSpan.FromMinutes(-210)), Precision = TimePrecision.Exact },
                Reports = [new Report { Source = "ibt-2016-02-11", Quote = new Quote { Exact = "no US missions flown" } }],
            },
        ],
    };
}
