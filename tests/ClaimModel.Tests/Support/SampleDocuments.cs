namespace ClaimModel.Tests.Support;

/// <summary>Hand-built documents from the seed story (Aleppo, February and April 2016). Each call builds new
/// instances, so two calls give equal but separate documents.</summary>
public static class SampleDocuments
{
    /// <summary>A document in which every member of every record (and every statement kind) is set at least
    /// once, with non-ASCII text, a negative offset and a non-integral figure; every enum member added in format
    /// version 2 occurs, and every defaulted enum member (written only when not at its default) is set.</summary>
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
            new Actor { Id = "syria", Name = "Syria", Kind = ActorKind.State },
            new Actor
            {
                Id = "pentagon-spokesman",
                Description = "a Pentagon spokesman",
                Kind = ActorKind.Person,
                SameAs = [new IdentityLink { Actor = "steve-warren", Certainty = IdentityCertainty.Confirmed, Basis = "named as Col. Steve Warren by Reuters" }],
            },
            new Actor { Id = "steve-warren", Name = "Steve Warren", Kind = ActorKind.Person },
            new Actor { Id = "coalition-spokesman", Description = "a Baghdad-based spokesman for the coalition", Kind = ActorKind.Person },
            new Actor { Id = "us-officials", Description = "U.S. military officials", Kind = ActorKind.UnnamedGroup },
            new Actor { Id = "hnc", Name = "High Negotiations Committee", Kind = ActorKind.PoliticalBody },
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
                Statements =
                [
                    new ResponsibilityStatement { Actors = ["usa"], Targets = [new Target { Kind = TargetKind.Objects }] },
                    new QuantityStatement { Figure = new Figure { Measure = "aircraft", Unit = "aircraft", Qualifier = FigureQualifier.Exact, Value = 2, Text = "two" }, Subject = "usa" },
                    new OccurrenceStatement
                    {
                        Time = new TimeSpec { Text = "13:55 Moscow time", Start = new DateTimeOffset(2016, 2, 10, 13, 55, 0, TimeSpan.FromHours(3)), Precision = TimePrecision.Exact, TimeZone = "Europe/Moscow" },
                    },
                    new TextStatement { Text = "entered from Turkey", Modality = Modality.Hedged },
                ],
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
                    new Report
                    {
                        Source = "ibt-2016-02-11",
                        Via = ["pentagon-spokesman", "rt"],
                        Statements = [1, 2],
                        Quote = new Quote { Exact = "at 13:55 Moscow time" },
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
                Statements = [new TargetStatement { Scope = TargetScope.AmongOthers, Targets = [new Target { Kind = TargetKind.Hospital }, new Target { Kind = TargetKind.Other, Name = "bakery" }] }],
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
            new Claim
            {
                Id = "c-deliberate",
                Claimant = "hnc",
                Incident = "aleppo-bombing-2016-02-10",
                Statements =
                [
                    new ResponsibilityStatement
                    {
                        Actors = ["russia", "syria"],
                        Combination = ActorCombination.EitherOf,
                        Intent = Intent.Deliberate,
                        Targets = [new Target { Kind = TargetKind.Hospital }],
                    },
                    new PresenceStatement { Actors = ["russia", "syria"], Combination = ActorCombination.EitherOf, Present = true, Modality = Modality.Estimated },
                ],
                Reports = [new Report { Source = "ibt-2016-02-11", Quote = new Quote { Exact = "a deliberate strike on a known medical facility" } }],
            },
            new Claim
            {
                Id = "c-toll-55",
                Claimant = "us-officials",
                Incident = "aleppo-bombing-2016-02-10",
                Statements =
                [
                    new QuantityStatement
                    {
                        Figure = new Figure
                        {
                            Measure = "killed",
                            Unit = "people",
                            Qualifier = FigureQualifier.Nearly,
                            Value = 55m,
                            Text = "has climbed to nearly 55",
                            Cumulative = true,
                            AsOf = new TimeSpec { Text = "as of Thursday", Relative = new RelativeDay { Weekday = DayOfWeek.Thursday }, Precision = TimePrecision.Day },
                        },
                        Modality = Modality.Asserted,
                    },
                ],
                Supersedes = ["c-dozens"],
                Retracts = ["c-when", "c-hit"],
                Reports = [new Report { Source = "ibt-2016-02-11", Quote = new Quote { Exact = "the death toll has climbed to 55" } }],
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
            new Denial
            {
                Id = "d-no-missions",
                Claimant = "usa",
                DeniedClaims = ["c-a10#0", "c-a10#2"],
                Denies = DeniedAspect.Intent,
                Characterization = Characterization.Fabricated,
                Place = new Place { Name = "Aleppo", Precision = PlacePrecision.City },
                Time = new TimeSpec { Text = "Wednesday or Thursday", Start = new DateTimeOffset(2016, 2, 10, 0, 0, 0, TimeSpan.FromHours(2)), End = new DateTimeOffset(2016, 2, 12, 0, 0, 0, TimeSpan.FromHours(2)), Precision = TimePrecision.Day },
                Modality = Modality.Hedged,
                Reports = [new Report { Source = "ibt-2016-02-11", Quote = new Quote { Exact = "no U.S. missions over Aleppo on Wednesday or Thursday" } }],
            },
        ],
        Amendments =
        [
            new Amendment
            {
                Amends = "c-a10",
                Reports = [new Report { Source = "rt", Via = ["konashenkov"], Quote = new Quote { Exact = "два американских штурмовика A-10" } }],
            },
            new Amendment
            {
                Amends = "konashenkov",
                Aliases = ["Maj. Gen. Igor Konashenkov"],
                Affiliations = [new Affiliation { Actor = "russia", Relation = AffiliationRelation.OfficialOf }],
            },
            new Amendment
            {
                Amends = "coalition-spokesman",
                SameAs = [new IdentityLink { Actor = "steve-warren", Certainty = IdentityCertainty.Probable }],
            },
        ],
    };
}
