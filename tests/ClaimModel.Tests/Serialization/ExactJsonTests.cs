using ClaimModel.Serialization;
using static ClaimModel.Tests.Support.ExactJson;
using static ClaimModel.Tests.Support.TestJson;

namespace ClaimModel.Tests.Serialization;

/// <summary>The exact wire form of every type, in both directions: the JSON literal reads to an equal value,
/// and the value writes to exactly that literal (member order, omissions, number and date formats).</summary>
public sealed class ExactJsonTests
{
    private static readonly TimeSpec Day = new() { Precision = TimePrecision.Day };

    [Fact]
    public void Affiliation_has_exact_json() =>
        AssertExact(new Affiliation { Actor = "russia", Relation = AffiliationRelation.SpokespersonFor }, "{'actor':'russia','relation':'spokesperson-for'}");

    [Fact]
    public void Actor_has_exact_json() => AssertExact(
        new Actor
        {
            Id = "russia-mod",
            Name = "Минобороны",
            Kind = ActorKind.MilitaryUnit,
            Aliases = ["MoD", "Pentagon"],
            Affiliations = [new Affiliation { Actor = "russia", Relation = AffiliationRelation.PartOf }],
        },
        "{'id':'russia-mod','name':'Минобороны','kind':'military-unit','aliases':['MoD','Pentagon'],'affiliations':[{'actor':'russia','relation':'part-of'}]}");

    [Fact]
    public void Actor_without_aliases_and_affiliations_omits_them() =>
        AssertExact(new Actor { Id = "usa", Name = "United States", Kind = ActorKind.InternationalOrganization }, "{'id':'usa','name':'United States','kind':'international-organization'}");

    [Fact]
    public void Source_has_exact_json() => AssertExact(
        new Source
        {
            Id = "ibt",
            Kind = SourceKind.StateMedia,
            Outlet = "RT",
            Title = "T",
            Url = "https://example.org/a?x=1&y=2",
            Published = Day,
            PublishedBasis = "\"said Thursday\"",
            AffiliatedActor = "russia",
            Text = "a\nb",
        },
        "{'id':'ibt','kind':'state-media','outlet':'RT','title':'T','url':'https://example.org/a?x=1&y=2','published':{'precision':'day'},'publishedBasis':'\\'said Thursday\\'','affiliatedActor':'russia','text':'a\\nb'}");

    [Fact]
    public void Source_with_only_required_members_omits_the_rest() =>
        AssertExact(new Source { Id = "rt", Kind = SourceKind.SocialMedia, Outlet = "Russia Today" }, "{'id':'rt','kind':'social-media','outlet':'Russia Today'}");

    [Fact]
    public void Incident_has_exact_json() => AssertExact(
        new Incident
        {
            Id = "i",
            Kind = IncidentKind.Airstrike,
            Title = "Strike",
            Place = new Place { Name = "Aleppo", Precision = PlacePrecision.Neighbourhood },
            Time = Day,
            Targets = [new Target { Kind = TargetKind.ResidentialArea }],
            PartOf = "offensive",
        },
        "{'id':'i','kind':'airstrike','title':'Strike','place':{'name':'Aleppo','precision':'neighbourhood'},'time':{'precision':'day'},'targets':[{'kind':'residential-area'}],'partOf':'offensive'}");

    [Fact]
    public void Place_has_exact_json() => AssertExact(
        new Place { Name = "Aleppo", Country = "SY", Coordinates = new GeoPoint { Latitude = 36.2, Longitude = 37.16 }, Precision = PlacePrecision.City },
        "{'name':'Aleppo','country':'SY','coordinates':{'latitude':36.2,'longitude':37.16},'precision':'city'}");

    [Fact]
    public void GeoPoint_has_exact_json() =>
        AssertExact(new GeoPoint { Latitude = -90, Longitude = 179.999999 }, "{'latitude':-90,'longitude':179.999999}");

    [Fact]
    public void Target_has_exact_json() =>
        AssertExact(new Target { Kind = TargetKind.MilitaryFacility, Name = "depot" }, "{'kind':'military-facility','name':'depot'}");

    [Fact]
    public void TimeSpec_has_exact_json() => AssertExact(
        new TimeSpec
        {
            Text = "yesterday",
            Start = new DateTimeOffset(2016, 2, 10, 13, 55, 0, TimeSpan.FromHours(3)),
            End = new DateTimeOffset(2016, 2, 10, 14, 0, 0, 500, TimeSpan.FromMinutes(-330)),
            Relative = new RelativeDay { Offset = -1 },
            PartOfDay = DayPart.EarlyMorning,
            Precision = TimePrecision.Hour,
            TimeZone = "Europe/Moscow",
        },
        "{'text':'yesterday','start':'2016-02-10T13:55:00+03:00','end':'2016-02-10T14:00:00.5-05:30','relative':{'offset':-1},'partOfDay':'early-morning','precision':'hour','timeZone':'Europe/Moscow'}");

    [Fact]
    public void TimeSpec_at_utc_is_written_with_a_zero_offset() =>
        AssertExact(new TimeSpec { Start = new DateTimeOffset(2016, 4, 27, 22, 0, 0, TimeSpan.Zero), Precision = TimePrecision.Exact }, "{'start':'2016-04-27T22:00:00+00:00','precision':'exact'}");

    [Fact]
    public void TimeSpec_reads_z_as_a_zero_offset() =>
        Assert.Equal(TimeSpan.Zero, Read<TimeSpec>(Q("{'start':'2016-04-27T22:00:00Z','precision':'exact'}")).Start!.Value.Offset);

    [Fact]
    public void RelativeDay_has_exact_json_with_kebab_weekday()
    {
        AssertExact(new RelativeDay { Weekday = DayOfWeek.Wednesday }, "{'weekday':'wednesday'}");
        AssertExact(new RelativeDay { Offset = 0 }, "{'offset':0}");
    }

    [Fact]
    public void Figure_has_exact_json_with_decimals_as_given() => AssertExact(
        new Figure { Measure = "killed", Unit = "people", Qualifier = FigureQualifier.Between, Value = 12.50m, UpperValue = 1888m, Vague = VagueQuantity.TensOfThousands, Per = "day", Text = "nearly 1,900" },
        "{'measure':'killed','unit':'people','qualifier':'between','value':12.50,'upperValue':1888,'vague':'tens-of-thousands','per':'day','text':'nearly 1,900'}");

    [Fact]
    public void Figure_with_boundary_decimals_has_exact_json() => AssertExact(
        new Figure { Measure = "m", Unit = "u", Qualifier = FigureQualifier.LessThan, Value = decimal.MinValue, UpperValue = 0.0000000000000000000000000001m, Text = "t" },
        "{'measure':'m','unit':'u','qualifier':'less-than','value':-79228162514264337593543950335,'upperValue':0.0000000000000000000000000001,'text':'t'}");

    [Fact]
    public void Quote_has_exact_json() => AssertExact(
        new Quote { Exact = "two A-10", Prefix = "(5:55 a.m. EST), ", Suffix = " assault", Start = 0, End = 2147483647 },
        "{'exact':'two A-10','prefix':'(5:55 a.m. EST), ','suffix':' assault','start':0,'end':2147483647}");

    [Fact]
    public void Report_has_exact_json() => AssertExact(
        new Report { Source = "ibt", Via = ["rt", "tass"], Quote = new Quote { Exact = "x" } },
        "{'source':'ibt','via':['rt','tass'],'quote':{'exact':'x'}}");

    [Fact]
    public void Responsibility_statement_has_exact_json_with_kind_first() => AssertStatement(
        new ResponsibilityStatement { Actors = ["usa"], Targets = [new Target { Kind = TargetKind.Civilians }] },
        "{'kind':'responsibility','actors':['usa'],'targets':[{'kind':'civilians'}]}");

    [Fact]
    public void Presence_statement_has_exact_json() => AssertStatement(
        new PresenceStatement
        {
            Actors = ["russia"],
            Present = false,
            Place = new Place { Name = "Aleppo", Precision = PlacePrecision.Region },
            Within = new Figure { Measure = "distance", Unit = "mi", Qualifier = FigureQualifier.AtMost, Value = 12, Text = "12 miles" },
            Time = Day,
        },
        "{'kind':'presence','actors':['russia'],'present':false,'place':{'name':'Aleppo','precision':'region'},'within':{'measure':'distance','unit':'mi','qualifier':'at-most','value':12,'text':'12 miles'},'time':{'precision':'day'}}");

    [Fact]
    public void Quantity_statement_has_exact_json() => AssertStatement(
        new QuantityStatement { Figure = new Figure { Measure = "sorties", Unit = "sorties", Qualifier = FigureQualifier.MoreThan, Value = 510, Text = "over 510" }, Subject = "russia", Period = Day },
        "{'kind':'quantity','figure':{'measure':'sorties','unit':'sorties','qualifier':'more-than','value':510,'text':'over 510'},'subject':'russia','period':{'precision':'day'}}");

    [Fact]
    public void Target_statement_writes_its_required_targets_even_when_empty()
    {
        AssertStatement(new TargetStatement { Targets = [new Target { Kind = TargetKind.School }] }, "{'kind':'target','targets':[{'kind':'school'}]}");
        AssertStatement(new TargetStatement { Targets = [] }, "{'kind':'target','targets':[]}");
    }

    [Fact]
    public void Occurrence_statement_has_exact_json() =>
        AssertStatement(new OccurrenceStatement { Time = new TimeSpec { Precision = TimePrecision.Month } }, "{'kind':'occurrence','time':{'precision':'month'}}");

    [Fact]
    public void Text_statement_has_exact_json() =>
        AssertStatement(new TextStatement { Text = "would never strike civilians" }, "{'kind':'text','text':'would never strike civilians'}");

    [Fact]
    public void Statement_kind_is_accepted_after_the_other_members() =>
        Assert.Equal(
            new PresenceStatement { Actors = ["usa"], Present = true },
            Read<Statement>(Q("{'actors':['usa'],'present':true,'kind':'presence'}")));

    [Fact]
    public void Claim_has_exact_json_and_always_writes_modality() => AssertExact(
        new Claim
        {
            Id = "c",
            Claimant = "konashenkov",
            Incident = "i",
            Statements = [new TextStatement { Text = "t" }],
            StatedAt = Day,
            Reports = [new Report { Source = "s", Quote = new Quote { Exact = "q" } }],
        },
        "{'id':'c','claimant':'konashenkov','incident':'i','statements':[{'kind':'text','text':'t'}],'modality':'asserted','statedAt':{'precision':'day'},'reports':[{'source':'s','quote':{'exact':'q'}}]}");

    [Fact]
    public void Members_in_any_order_read_the_same() => Assert.Equal(
        Read<Figure>(Q("{'measure':'m','unit':'u','qualifier':'between','value':1,'upperValue':2,'vague':'dozens','per':'day','text':'t'}")),
        Read<Figure>(Q("{'text':'t','per':'day','vague':'dozens','upperValue':2,'value':1,'qualifier':'between','unit':'u','measure':'m'}")));

    [Fact]
    public void Escaped_member_names_and_enum_names_read_the_same() => Assert.Equal(
        new Target { Kind = TargetKind.ResidentialArea, Name = "é" },
        Read<Target>(Q("{'\\u006bind':'residential\\u002darea','n\\u0061me':'\\u00e9'}")));

    [Fact]
    public void Claim_without_modality_reads_as_asserted() => Assert.Equal(
        new Claim { Id = "c", Claimant = "a", Statements = [new TextStatement { Text = "t" }], Reports = [] },
        Read<Claim>(Q("{'id':'c','claimant':'a','statements':[{'kind':'text','text':'t'}],'reports':[]}")));

    [Fact]
    public void Denial_has_exact_json() => AssertExact(
        new Denial
        {
            Id = "d",
            Claimant = "usa",
            Incident = "i",
            DeniedClaims = ["c1", "c2"],
            Statement = new ResponsibilityStatement { Actors = ["usa"] },
            Modality = Modality.Estimated,
            StatedAt = Day,
            Reports = [],
        },
        "{'id':'d','claimant':'usa','incident':'i','deniedClaims':['c1','c2'],'statement':{'kind':'responsibility','actors':['usa']},'modality':'estimated','statedAt':{'precision':'day'},'reports':[]}");

    [Fact]
    public void ValueList_has_exact_json()
    {
        AssertExact<ValueList<string>>(["a", "ü"], "['a','ü']");
        AssertExact<ValueList<Target>>([new Target { Kind = TargetKind.Mosque }], "[{'kind':'mosque'}]");
        AssertExact<ValueList<Statement>>([new TextStatement { Text = "t" }], "[{'kind':'text','text':'t'}]");
        AssertExact<ValueList<string>>([], "[]");
    }

    [Fact]
    public void Empty_document_has_exact_json()
    {
        Assert.Equal(Q("{'formatVersion':2}"), ClaimJson.Serialize(new ClaimDocument()));
        Assert.Equal(new ClaimDocument(), ClaimJson.Deserialize(Q("{'formatVersion':2}")));
        Assert.Equal(new ClaimDocument(), ClaimJson.Deserialize(Q("{'formatVersion':1}")));
    }

    [Fact]
    public void Document_has_exact_json_through_both_entry_points()
    {
        var document = new ClaimDocument
        {
            Title = "T",
            Actors = [new Actor { Id = "a", Name = "A", Kind = ActorKind.Ngo }],
            Sources = [new Source { Id = "s", Kind = SourceKind.WireAgency, Outlet = "O" }],
            Incidents = [new Incident { Id = "i", Kind = IncidentKind.Shelling, Title = "I" }],
            Claims = [new Claim { Id = "c", Claimant = "a", Statements = [new TextStatement { Text = "t" }], Reports = [] }],
            Denials = [new Denial { Id = "d", Claimant = "a", Reports = [] }],
        };
        var json = Q("{'formatVersion':2,'title':'T','actors':[{'id':'a','name':'A','kind':'ngo'}],'sources':[{'id':'s','kind':'wire-agency','outlet':'O'}],"
            + "'incidents':[{'id':'i','kind':'shelling','title':'I'}],'claims':[{'id':'c','claimant':'a','statements':[{'kind':'text','text':'t'}],'modality':'asserted','reports':[]}],"
            + "'denials':[{'id':'d','claimant':'a','modality':'asserted','reports':[]}]}");

        Assert.Equal(json, ClaimJson.Serialize(document));
        Assert.Equal(json, Write(document));
        Assert.Equal(document, ClaimJson.Deserialize(json));
        Assert.Equal(document, Read<ClaimDocument>(json));
    }

    [Fact]
    public void Indented_form_uses_two_spaces_lf_and_a_final_newline() => Assert.Equal(
        "{\n  \"formatVersion\": 2,\n  \"actors\": [\n    {\n      \"id\": \"a\",\n      \"name\": \"A\",\n      \"kind\": \"media\"\n    }\n  ]\n}\n",
        ClaimJson.Serialize(new ClaimDocument { Actors = [new Actor { Id = "a", Name = "A", Kind = ActorKind.Media }] }, indented: true));
}
