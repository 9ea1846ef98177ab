using ClaimModel.Serialization;
using ClaimModel.Tests.Api;
using Snapshooter.Xunit;
using static ClaimModel.Tests.Support.TestJson;

namespace ClaimModel.Tests.Serialization;

/// <summary>A format version 1 document reads into the version 2 model with the same meaning: a v1 claim is a claim
/// with one statement, a statement's <c>actor</c> its only actor, a <c>less-than</c> figure saying "nearly" (almost,
/// close to, just under, just below, just short of) the <see cref="FigureQualifier.Nearly"/> qualifier, and every
/// member version 2 added takes its default. Written again, it is the version 2 text (the upgrade).</summary>
public sealed class Version1ReadingTests
{
    private static readonly Quote Q1 = new() { Exact = "q" };

    [Fact]
    public void V1_claim_is_a_claim_with_one_statement() => Assert.Equal(
        new Claim { Id = "c", Claimant = "a", Statements = [new TextStatement { Text = "t" }], Modality = Modality.Suggested, Reports = [] },
        ReadClaim("{'id':'c','claimant':'a','statement':{'kind':'text','text':'t'},'modality':'suggested','reports':[]}"));

    [Fact]
    public void V1_responsibility_actor_is_its_only_actor() => Assert.Equal(
        new ResponsibilityStatement { Actors = ["usa"], Combination = ActorCombination.Jointly, Intent = Intent.Unstated, Targets = [new Target { Kind = TargetKind.Objects }] },
        ReadStatement("{'kind':'responsibility','actor':'usa','targets':[{'kind':'objects'}]}"));

    [Fact]
    public void V1_presence_actor_is_its_only_actor() => Assert.Equal(
        new PresenceStatement { Actors = ["russia"], Present = false, Place = new Place { Name = "Aleppo", Precision = PlacePrecision.City } },
        ReadStatement("{'kind':'presence','actor':'russia','present':false,'place':{'name':'Aleppo','precision':'city'}}"));

    [Theory]
    [InlineData("nearly 1,900")]
    [InlineData("Nearly 1,900")]
    [InlineData("almost 40,000")]
    [InlineData("close to 50")]
    [InlineData("just under 12 miles")]
    [InlineData("just below 20 km")]
    [InlineData("JUST SHORT OF 100")]
    public void V1_less_than_saying_nearly_is_nearly(string text) =>
        Assert.Equal(FigureQualifier.Nearly, ReadFigure("less-than", text).Qualifier);

    [Theory]
    [InlineData("less-than", "fewer than 20")]
    [InlineData("less-than", "under 20")]
    [InlineData("less-than", "below 12 miles")]
    [InlineData("approximately", "almost 40")]
    [InlineData("at-most", "nearly 12")]
    [InlineData("exact", "nearly 1,900")]
    public void V1_figure_keeps_its_qualifier_unless_a_less_than_says_nearly(string qualifier, string text)
    {
        var figure = ReadFigure(qualifier, text);

        Assert.True(EnumText<FigureQualifier>.TryParse(qualifier, out var expected));
        Assert.Equal(expected, figure.Qualifier);
    }

    [Fact]
    public void V1_figure_reads_as_not_cumulative_and_without_as_of() => Assert.Equal(
        new Figure { Measure = "killed", Unit = "people", Qualifier = FigureQualifier.Nearly, Value = 1900, Text = "nearly 1,900", Cumulative = false, AsOf = null },
        ReadFigure("less-than", "nearly 1,900"));

    [Fact]
    public void V1_denial_denies_the_act_and_characterises_nothing() => Assert.Equal(
        new Denial
        {
            Id = "d",
            Claimant = "usa",
            DeniedClaims = ["c"],
            Statement = new ResponsibilityStatement { Actors = ["usa"] },
            Denies = DeniedAspect.Act,
            Characterization = Characterization.Unstated,
            Place = null,
            Time = null,
            Reports = [new Report { Source = "s", Via = ["rt"], Quote = Q1 }],
        },
        Read("{'formatVersion':1,'denials':[{'id':'d','claimant':'usa','deniedClaims':['c'],'statement':{'kind':'responsibility','actor':'usa'},"
            + "'reports':[{'source':'s','via':['rt'],'quote':{'exact':'q'}}]}]}").Denials.Single());

    [Fact]
    public void V1_claim_written_again_is_its_version_2_text()
    {
        var document = Read("{'formatVersion':1,'actors':[{'id':'a','name':'A','kind':'person'}],'claims':[{'id':'c','claimant':'a',"
            + "'statement':{'kind':'presence','actor':'a','present':false,'within':{'measure':'d','unit':'mi','qualifier':'less-than','value':12,'text':'almost 12 miles'}},"
            + "'reports':[{'source':'s','quote':{'exact':'q'}}]}]}");

        Assert.Equal(
            Q("{'formatVersion':2,'actors':[{'id':'a','name':'A','kind':'person'}],'claims':[{'id':'c','claimant':'a',"
                + "'statements':[{'kind':'presence','actors':['a'],'present':false,'within':{'measure':'d','unit':'mi','qualifier':'nearly','value':12,'text':'almost 12 miles'}}],"
                + "'modality':'asserted','reports':[{'source':'s','quote':{'exact':'q'}}]}]}"),
            ClaimJson.Serialize(document));
    }

    [Fact]
    public void V1_mapping_sample_reads_to_exactly_these_records() => Assert.Equal(
        new ClaimDocument
        {
            Title = "Version 1 members that version 2 reads differently",
            Actors =
            [
                new Actor { Id = "sohr", Name = "Syrian Observatory for Human Rights", Kind = ActorKind.Ngo },
                new Actor { Id = "russia", Name = "Russia", Kind = ActorKind.State },
            ],
            Sources = [new Source { Id = "s", Kind = SourceKind.NewsOutlet, Outlet = "S" }],
            Claims =
            [
                new Claim
                {
                    Id = "c-nearly",
                    Claimant = "sohr",
                    Statements = [new QuantityStatement { Subject = "russia", Figure = new Figure { Measure = "killed", Unit = "people", Qualifier = FigureQualifier.Nearly, Value = 1900, Text = "Nearly 1,900" } }],
                    Modality = Modality.Estimated,
                    Reports = [new Report { Source = "s", Quote = new Quote { Exact = "nearly 1,900 civilians" } }],
                },
                new Claim
                {
                    Id = "c-under",
                    Claimant = "sohr",
                    Statements = [new QuantityStatement { Figure = new Figure { Measure = "killed", Unit = "people", Qualifier = FigureQualifier.LessThan, Value = 20, Text = "fewer than 20" } }],
                    Reports = [new Report { Source = "s", Quote = new Quote { Exact = "fewer than 20" } }],
                },
                new Claim
                {
                    Id = "c-about",
                    Claimant = "sohr",
                    Statements = [new QuantityStatement { Figure = new Figure { Measure = "killed", Unit = "people", Qualifier = FigureQualifier.Approximately, Value = 40, Text = "almost 40" } }],
                    Reports = [new Report { Source = "s", Quote = new Quote { Exact = "almost 40" } }],
                },
                new Claim
                {
                    Id = "c-within",
                    Claimant = "russia",
                    Statements =
                    [
                        new PresenceStatement
                        {
                            Actors = ["russia"],
                            Present = false,
                            Within = new Figure { Measure = "distance-from-aleppo", Unit = "mi", Qualifier = FigureQualifier.Nearly, Value = 12, Text = "just under 12 miles" },
                        },
                    ],
                    Reports = [new Report { Source = "s", Via = ["s"], Quote = new Quote { Exact = "just under 12 miles" } }],
                },
            ],
            Denials =
            [
                new Denial
                {
                    Id = "d",
                    Claimant = "russia",
                    DeniedClaims = ["c-nearly"],
                    Statement = new ResponsibilityStatement { Actors = ["russia"], Targets = [new Target { Kind = TargetKind.Civilians }] },
                    Modality = Modality.Suggested,
                    Reports = [new Report { Source = "s", Quote = new Quote { Exact = "would never strike civilians" } }],
                },
            ],
        },
        ClaimJson.Deserialize(RepoFiles.Read("tests", "schema", "valid", "version-1-mapping.json")));

    [Fact]
    public void V1_readme_example_reads_to_exactly_these_records()
    {
        TimeSpec published = new() { Start = new DateTimeOffset(2016, 2, 11, 0, 0, 0, TimeSpan.FromHours(-5)), Precision = TimePrecision.Day, TimeZone = "America/New_York" };
        var expected = new ClaimDocument
        {
            Title = "Example",
            Actors =
            [
                new Actor { Id = "russia", Name = "Russia", Kind = ActorKind.State },
                new Actor
                {
                    Id = "russia-mod",
                    Name = "Russian Defense Ministry",
                    Kind = ActorKind.Ministry,
                    Aliases = ["Russian defense ministry"],
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
                    Url = "https://example.org/a",
                    Published = published,
                    PublishedBasis = "\"said Thursday\" in the body; the Munich meeting was Thursday 11 Feb 2016",
                },
                new Source { Id = "rt", Kind = SourceKind.StateMedia, Outlet = "Russia Today", AffiliatedActor = "russia" },
            ],
            Incidents =
            [
                new Incident
                {
                    Id = "aleppo-bombing-2016-02-10",
                    Kind = IncidentKind.Bombing,
                    Title = "Bombing in Aleppo, Wednesday 10 Feb 2016",
                    Place = new Place { Name = "Aleppo", Country = "SY", Coordinates = new GeoPoint { Latitude = 36.2, Longitude = 37.16 }, Precision = PlacePrecision.City },
                    Time = new TimeSpec { Text = "Wednesday", Start = new DateTimeOffset(2016, 2, 10, 0, 0, 0, TimeSpan.FromHours(2)), Precision = TimePrecision.Day, TimeZone = "Asia/Damascus" },
                    Targets = [new Target { Kind = TargetKind.Hospital }],
                },
            ],
            Claims =
            [
                new Claim
                {
                    Id = "c-konashenkov-a10",
                    Claimant = "konashenkov",
                    Incident = "aleppo-bombing-2016-02-10",
                    Statements = [new ResponsibilityStatement { Actors = ["usa"], Targets = [new Target { Kind = TargetKind.Objects }] }],
                    Modality = Modality.Asserted,
                    StatedAt = new TimeSpec { Text = "Thursday", Relative = new RelativeDay { Weekday = DayOfWeek.Thursday }, Precision = TimePrecision.Day, TimeZone = "Europe/Moscow" },
                    Reports = [new Report { Source = "ibt-2016-02-11", Via = ["rt"], Quote = new Quote { Exact = "two American A-10 assault aircraft", Prefix = "(5:55 a.m. EST), " } }],
                },
                new Claim
                {
                    Id = "c-distance",
                    Claimant = "konashenkov",
                    Incident = "aleppo-bombing-2016-02-10",
                    Statements =
                    [
                        new PresenceStatement
                        {
                            Actors = ["russia"],
                            Present = false,
                            Within = new Figure { Measure = "distance-from-aleppo", Unit = "mi", Qualifier = FigureQualifier.Approximately, Value = 12, Text = "about 12 miles" },
                        },
                    ],
                    Reports = [new Report { Source = "ibt-2016-02-11", Quote = new Quote { Exact = "about 12 miles from Aleppo" } }],
                },
                new Claim
                {
                    Id = "c-sorties",
                    Claimant = "konashenkov",
                    Statements =
                    [
                        new QuantityStatement
                        {
                            Subject = "russia",
                            Figure = new Figure { Measure = "sorties", Unit = "sorties", Qualifier = FigureQualifier.Exact, Value = 510, Text = "510 sorties" },
                            Period = new TimeSpec
                            {
                                Text = "February 4-11",
                                Start = new DateTimeOffset(2016, 2, 4, 0, 0, 0, TimeSpan.FromHours(3)),
                                End = new DateTimeOffset(2016, 2, 12, 0, 0, 0, TimeSpan.FromHours(3)),
                                Precision = TimePrecision.Day,
                                TimeZone = "Europe/Moscow",
                            },
                        },
                    ],
                    Reports = [new Report { Source = "ibt-2016-02-11", Via = ["rt"], Quote = new Quote { Exact = "made 510 sorties" } }],
                },
            ],
            Denials =
            [
                new Denial
                {
                    Id = "d-state-dept",
                    Claimant = "usa",
                    Incident = "aleppo-bombing-2016-02-10",
                    DeniedClaims = ["c-konashenkov-a10"],
                    Statement = new ResponsibilityStatement { Actors = ["usa"] },
                    Reports = [new Report { Source = "ibt-2016-02-11", Quote = new Quote { Exact = "no US missions flown" } }],
                },
            ],
        };

        Assert.Equal(expected, ClaimJson.Deserialize(RepoFiles.Read("tests", "schema", "valid", "readme-example-v1.json")));
    }

    [Fact]
    public void V1_samples_upgrade_to_a_stable_version_2_text()
    {
        var upgraded = string.Join(
            "\n",
            new[] { "readme-example-v1.json", "version-1-mapping.json", "base.json" }
                .Select(file => $"// tests/schema/valid/{file}\n" + ClaimJson.Serialize(ClaimJson.Deserialize(RepoFiles.Read("tests", "schema", "valid", file)), indented: true)));

        Snapshot.Match(upgraded);
    }

    [Fact]
    public void Upgraded_text_reads_back_to_the_same_records_and_is_canonical()
    {
        foreach (var file in new[] { "readme-example-v1.json", "version-1-mapping.json", "base.json", "optional-members-null.json" })
        {
            var fromV1 = ClaimJson.Deserialize(RepoFiles.Read("tests", "schema", "valid", file));
            var v2 = ClaimJson.Serialize(fromV1, indented: true);

            Assert.Equal(fromV1, ClaimJson.Deserialize(v2));
            Assert.Equal(v2, ClaimJson.Serialize(ClaimJson.Deserialize(v2), indented: true));
            Assert.StartsWith("{\n  \"formatVersion\": 2,", v2);
        }
    }

    private static ClaimDocument Read(string singleQuotedJson) => ClaimJson.Deserialize(Q(singleQuotedJson));

    private static Claim ReadClaim(string singleQuotedClaim) => Read("{'formatVersion':1,'claims':[" + singleQuotedClaim + "]}").Claims.Single();

    private static Statement ReadStatement(string singleQuotedStatement) =>
        ReadClaim("{'id':'c','claimant':'a','statement':" + singleQuotedStatement + ",'reports':[]}").Statements.Single();

    private static Figure ReadFigure(string qualifier, string text) =>
        ((QuantityStatement)ReadStatement("{'kind':'quantity','figure':{'measure':'killed','unit':'people','qualifier':'" + qualifier + "','value':1900,'text':'" + text + "'}}")).Figure;
}
