using ClaimModel.Serialization;
using static ClaimModel.Tests.Support.ExactJson;
using static ClaimModel.Tests.Support.TestJson;

namespace ClaimModel.Tests.Serialization;

/// <summary>The exact wire form of every member format version 2 added, in both directions, each with the article
/// pattern it was made for: the value writes to exactly the literal and the literal reads back to an equal value.
/// Defaulted members (<c>combination</c>, <c>intent</c>, <c>scope</c>, <c>denies</c>, <c>characterization</c>,
/// <c>cumulative</c>) are omitted at their default, and read the same when given explicitly.</summary>
public sealed class Version2ExactJsonTests
{
    private static readonly Quote Q1 = new() { Exact = "q" };

    [Fact]
    public void Claim_with_several_statements_writes_them_in_order()
    {
        // "Two American A-10s entered from Turkey at 13:55 Moscow time and bombed targets in Aleppo": one utterance.
        var claim = new Claim
        {
            Id = "c-a10",
            Claimant = "konashenkov",
            Statements =
            [
                new ResponsibilityStatement { Actors = ["usa"] },
                new QuantityStatement { Figure = new Figure { Measure = "aircraft", Unit = "aircraft", Qualifier = FigureQualifier.Exact, Value = 2, Text = "Two" } },
                new OccurrenceStatement { Time = new TimeSpec { Text = "13:55 Moscow time", Precision = TimePrecision.Exact, TimeZone = "Europe/Moscow" } },
                new TextStatement { Text = "entered from Turkey" },
            ],
            Reports = [new Report { Source = "ibt", Quote = Q1 }],
        };

        AssertExact(claim, "{'id':'c-a10','claimant':'konashenkov','statements':[{'kind':'responsibility','actors':['usa']},"
            + "{'kind':'quantity','figure':{'measure':'aircraft','unit':'aircraft','qualifier':'exact','value':2,'text':'Two'}},"
            + "{'kind':'occurrence','time':{'text':'13:55 Moscow time','precision':'exact','timeZone':'Europe/Moscow'}},"
            + "{'kind':'text','text':'entered from Turkey'}],'modality':'asserted','reports':[{'source':'ibt','quote':{'exact':'q'}}]}");
    }

    [Fact]
    public void Claim_statements_are_required_and_written_even_when_empty() => AssertExact(
        new Claim { Id = "c", Claimant = "a", Statements = [], Reports = [] },
        "{'id':'c','claimant':'a','statements':[],'modality':'asserted','reports':[]}");

    [Fact]
    public void Claim_supersedes_and_retracts_come_after_its_reports() => AssertExact(
        // "the death toll has climbed to 55" after "at least 27": an update of the same voice; a withdrawn claim.
        new Claim
        {
            Id = "c-toll-55",
            Claimant = "sohr",
            Statements = [new TextStatement { Text = "t" }],
            Reports = [],
            Supersedes = ["c-toll-27", "c-toll-40"],
            Retracts = ["c-hit-school"],
        },
        "{'id':'c-toll-55','claimant':'sohr','statements':[{'kind':'text','text':'t'}],'modality':'asserted','reports':[],"
        + "'supersedes':['c-toll-27','c-toll-40'],'retracts':['c-hit-school']}");

    [Fact]
    public void Hedged_modality_has_exact_json_on_a_claim_and_a_denial()
    {
        // "virtually", "perhaps", "appears to have been": modality hedged.
        AssertExact(
            new Claim { Id = "c", Claimant = "a", Statements = [new TextStatement { Text = "t" }], Modality = Modality.Hedged, Reports = [] },
            "{'id':'c','claimant':'a','statements':[{'kind':'text','text':'t'}],'modality':'hedged','reports':[]}");
        AssertExact(
            new Denial { Id = "d", Claimant = "a", Modality = Modality.Hedged, Reports = [] },
            "{'id':'d','claimant':'a','modality':'hedged','reports':[]}");
    }

    [Fact]
    public void Statement_modality_is_written_last_in_every_statement_kind()
    {
        // "perhaps dozens": the speaker hedges one part of the utterance.
        Figure dozens = new() { Measure = "killed", Unit = "people", Qualifier = FigureQualifier.Vague, Vague = VagueQuantity.Dozens, Text = "perhaps dozens" };
        AssertStatement(new ResponsibilityStatement { Actors = ["a"], Modality = Modality.Hedged }, "{'kind':'responsibility','actors':['a'],'modality':'hedged'}");
        AssertStatement(new PresenceStatement { Actors = ["a"], Present = true, Modality = Modality.Suggested }, "{'kind':'presence','actors':['a'],'present':true,'modality':'suggested'}");
        AssertStatement(
            new QuantityStatement { Figure = dozens, Modality = Modality.Hedged },
            "{'kind':'quantity','figure':{'measure':'killed','unit':'people','qualifier':'vague','vague':'dozens','text':'perhaps dozens'},'modality':'hedged'}");
        AssertStatement(new TargetStatement { Targets = [], Modality = Modality.Estimated }, "{'kind':'target','targets':[],'modality':'estimated'}");
        AssertStatement(new OccurrenceStatement { Time = new TimeSpec { Precision = TimePrecision.Day }, Modality = Modality.Asserted }, "{'kind':'occurrence','time':{'precision':'day'},'modality':'asserted'}");
        AssertStatement(new TextStatement { Text = "appears to have been", Modality = Modality.Hedged }, "{'kind':'text','text':'appears to have been','modality':'hedged'}");
    }

    [Fact]
    public void Responsibility_with_several_actors_has_exact_json() => AssertStatement(
        // "Russian and Syrian forces bombed the hospitals": jointly, the default, is not written.
        new ResponsibilityStatement { Actors = ["russia", "syria"], Targets = [new Target { Kind = TargetKind.Hospital }] },
        "{'kind':'responsibility','actors':['russia','syria'],'targets':[{'kind':'hospital'}]}");

    [Fact]
    public void Either_of_combination_has_exact_json() => AssertStatement(
        // "either Russian or regime aircraft".
        new ResponsibilityStatement { Actors = ["russia", "syria"], Combination = ActorCombination.EitherOf },
        "{'kind':'responsibility','actors':['russia','syria'],'combination':'either-of'}");

    [Theory]
    [InlineData(Intent.Deliberate, "deliberate")] // "a deliberate strike on a known medical facility"
    [InlineData(Intent.Indiscriminate, "indiscriminate")] // "indiscriminate bombing"
    [InlineData(Intent.Accidental, "accidental")] // "hit in error"
    public void Intent_has_exact_json(Intent intent, string name) => AssertStatement(
        new ResponsibilityStatement { Actors = ["russia"], Combination = ActorCombination.EitherOf, Intent = intent, Targets = [new Target { Kind = TargetKind.Hospital }] },
        "{'kind':'responsibility','actors':['russia'],'combination':'either-of','intent':'" + name + "','targets':[{'kind':'hospital'}]}");

    [Fact]
    public void Defaulted_enums_given_explicitly_read_as_their_default_and_are_not_written()
    {
        Assert.Equal(
            new ResponsibilityStatement { Actors = ["a"] },
            Read<Statement>(Q("{'kind':'responsibility','actors':['a'],'combination':'jointly','intent':'unstated'}")));
        Assert.Equal(new TargetStatement { Targets = [] }, Read<Statement>(Q("{'kind':'target','scope':'unstated','targets':[]}")));
        Assert.Equal(
            new Denial { Id = "d", Claimant = "a", Reports = [] },
            Read<Denial>(Q("{'id':'d','claimant':'a','denies':'act','characterization':'unstated','reports':[]}")));
        Assert.Equal(
            new Figure { Measure = "m", Unit = "u", Qualifier = FigureQualifier.Exact, Value = 1, Text = "t" },
            Read<Figure>(Q("{'measure':'m','unit':'u','qualifier':'exact','value':1,'text':'t','cumulative':false}")));
        Assert.Equal(Q("{'kind':'responsibility','actors':['a']}"), Write<Statement>(new ResponsibilityStatement { Actors = ["a"] }));
    }

    [Fact]
    public void Presence_with_several_actors_and_either_of_has_exact_json() => AssertStatement(
        // "no Russian or Syrian aircraft were within 12 miles".
        new PresenceStatement { Actors = ["russia", "syria"], Combination = ActorCombination.EitherOf, Present = false },
        "{'kind':'presence','actors':['russia','syria'],'combination':'either-of','present':false}");

    [Theory]
    [InlineData(TargetScope.Only, "only")] // "strikes hit only terrorists"
    [InlineData(TargetScope.Mostly, "mostly")] // "most air strikes target ISIL"
    [InlineData(TargetScope.AmongOthers, "among-others")] // "not only ISIS but other opponents"
    public void Target_scope_is_written_before_the_targets(TargetScope scope, string name) => AssertStatement(
        new TargetStatement { Scope = scope, Targets = [new Target { Kind = TargetKind.Other, Name = "terrorists" }] },
        "{'kind':'target','scope':'" + name + "','targets':[{'kind':'other','name':'terrorists'}]}");

    [Fact]
    public void Nearly_qualifier_has_exact_json() => AssertExact(
        // "nearly 1,900": a value of the model, no longer read from the words.
        new Figure { Measure = "killed", Unit = "people", Qualifier = FigureQualifier.Nearly, Value = 1900, Text = "nearly 1,900" },
        "{'measure':'killed','unit':'people','qualifier':'nearly','value':1900,'text':'nearly 1,900'}");

    [Fact]
    public void Cumulative_figure_with_as_of_has_exact_json() => AssertExact(
        // "the death toll has climbed to 55" (as of Thursday): a running total.
        new Figure
        {
            Measure = "killed",
            Unit = "people",
            Qualifier = FigureQualifier.Exact,
            Value = 55,
            Text = "has climbed to 55",
            Cumulative = true,
            AsOf = new TimeSpec { Text = "Thursday", Relative = new RelativeDay { Weekday = DayOfWeek.Thursday }, Precision = TimePrecision.Day },
        },
        "{'measure':'killed','unit':'people','qualifier':'exact','value':55,'text':'has climbed to 55','cumulative':true,"
        + "'asOf':{'text':'Thursday','relative':{'weekday':'thursday'},'precision':'day'}}");

    [Fact]
    public void As_of_without_cumulative_is_written_alone() => AssertExact(
        new Figure { Measure = "displaced", Unit = "people", Qualifier = FigureQualifier.MoreThan, Value = 50000, Text = "more than 50,000", AsOf = new TimeSpec { Precision = TimePrecision.Week } },
        "{'measure':'displaced','unit':'people','qualifier':'more-than','value':50000,'text':'more than 50,000','asOf':{'precision':'week'}}");

    [Theory]
    [InlineData(ActorKind.PoliticalBody, "political-body")] // the High Negotiations Committee
    [InlineData(ActorKind.UnnamedGroup, "unnamed-group")] // "U.S. military officials", "many in the West"
    public void New_actor_kinds_have_exact_json(ActorKind kind, string name) =>
        AssertExact(new Actor { Id = "a", Name = "A", Kind = kind }, "{'id':'a','name':'A','kind':'" + name + "'}");

    [Fact]
    public void Unnamed_actor_has_a_description_and_no_name() => AssertExact(
        // "a senior State Department official": described, never given an invented name.
        new Actor { Id = "state-official", Description = "a senior State Department official", Kind = ActorKind.Person },
        "{'id':'state-official','description':'a senior State Department official','kind':'person'}");

    [Fact]
    public void Actor_with_name_description_and_same_as_has_exact_json() => AssertExact(
        // "a Pentagon spokesman" = Steve Warren once a later article names him.
        new Actor
        {
            Id = "pentagon-spokesman",
            Name = "Steve Warren",
            Description = "a Pentagon spokesman",
            Kind = ActorKind.Person,
            Aliases = ["Col. Warren"],
            Affiliations = [new Affiliation { Actor = "pentagon", Relation = AffiliationRelation.SpokespersonFor }],
            SameAs =
            [
                new IdentityLink { Actor = "steve-warren", Certainty = IdentityCertainty.Confirmed, Basis = "named by Reuters, 12 Feb 2016" },
                new IdentityLink { Actor = "coalition-spokesman", Certainty = IdentityCertainty.Probable },
            ],
        },
        "{'id':'pentagon-spokesman','name':'Steve Warren','description':'a Pentagon spokesman','kind':'person','aliases':['Col. Warren'],"
        + "'affiliations':[{'actor':'pentagon','relation':'spokesperson-for'}],"
        + "'sameAs':[{'actor':'steve-warren','certainty':'confirmed','basis':'named by Reuters, 12 Feb 2016'},{'actor':'coalition-spokesman','certainty':'probable'}]}");

    [Fact]
    public void Identity_link_has_exact_json()
    {
        AssertExact(new IdentityLink { Actor = "steve-warren", Certainty = IdentityCertainty.Probable, Basis = "same role, same day" }, "{'actor':'steve-warren','certainty':'probable','basis':'same role, same day'}");
        AssertExact(new IdentityLink { Actor = "steve-warren", Certainty = IdentityCertainty.Confirmed }, "{'actor':'steve-warren','certainty':'confirmed'}");
    }

    [Fact]
    public void Report_statements_come_before_the_quote() => AssertExact(
        // A quote that evidences only the count and the time of the A-10 utterance.
        new Report { Source = "ibt", Statements = [1, 2], Quote = new Quote { Exact = "Two American A-10s" } },
        "{'source':'ibt','statements':[1,2],'quote':{'exact':'Two American A-10s'}}");

    [Fact]
    public void Via_names_actors_and_sources_from_the_claimant_outwards() => AssertExact(
        // "the Russian spokesman said that a Pentagon spokesman said", as relayed by RT.
        new Report { Source = "ibt", Via = ["konashenkov", "rt"], Quote = Q1 },
        "{'source':'ibt','via':['konashenkov','rt'],'quote':{'exact':'q'}}");

    [Fact]
    public void Denial_of_one_statement_by_reference_has_exact_json() => AssertExact(
        // Rejecting the responsibility of the A-10 claim, not its time: "claimId#n".
        new Denial { Id = "d", Claimant = "usa", DeniedClaims = ["c-a10#0", "c-a10"], Reports = [] },
        "{'id':'d','claimant':'usa','deniedClaims':['c-a10#0','c-a10'],'modality':'asserted','reports':[]}");

    [Fact]
    public void Denial_of_intent_has_exact_json() => AssertExact(
        // "the army denied it intentionally targeted the hospital".
        new Denial { Id = "d", Claimant = "syria-army", DeniedClaims = ["c-deliberate"], Denies = DeniedAspect.Intent, Reports = [] },
        "{'id':'d','claimant':'syria-army','deniedClaims':['c-deliberate'],'denies':'intent','modality':'asserted','reports':[]}");

    [Theory]
    [InlineData(Characterization.False, "false")] // "patently false"
    [InlineData(Characterization.Fabricated, "fabricated")] // "a total fabrication"
    [InlineData(Characterization.Unfounded, "unfounded")] // "unfounded"
    [InlineData(Characterization.Misleading, "misleading")] // "misleading"
    public void Characterization_has_exact_json(Characterization characterization, string name) => AssertExact(
        new Denial { Id = "d", Claimant = "russia-mod", DeniedClaims = ["c"], Characterization = characterization, Reports = [] },
        "{'id':'d','claimant':'russia-mod','deniedClaims':['c'],'characterization':'" + name + "','modality':'asserted','reports':[]}");

    [Fact]
    public void Denial_with_its_own_place_and_time_has_exact_json() => AssertExact(
        // "no U.S. missions over Aleppo on Wednesday or Thursday".
        new Denial
        {
            Id = "d-no-missions",
            Claimant = "usa",
            Statement = new ResponsibilityStatement { Actors = ["usa"] },
            Denies = DeniedAspect.Act,
            Characterization = Characterization.False,
            Place = new Place { Name = "Aleppo", Precision = PlacePrecision.City },
            Time = new TimeSpec { Text = "Wednesday or Thursday", Precision = TimePrecision.Day, TimeZone = "Asia/Damascus" },
            StatedAt = new TimeSpec { Precision = TimePrecision.Day },
            Reports = [new Report { Source = "cnn", Quote = Q1 }],
        },
        "{'id':'d-no-missions','claimant':'usa','statement':{'kind':'responsibility','actors':['usa']},'characterization':'false',"
        + "'place':{'name':'Aleppo','precision':'city'},'time':{'text':'Wednesday or Thursday','precision':'day','timeZone':'Asia/Damascus'},"
        + "'modality':'asserted','statedAt':{'precision':'day'},'reports':[{'source':'cnn','quote':{'exact':'q'}}]}");

    [Fact]
    public void Amendment_adding_a_report_to_a_claim_has_exact_json() => AssertExact(
        // A later article relays the same utterance: one claim, one more report.
        new Amendment { Amends = "c-a10", Reports = [new Report { Source = "cnn", Via = ["sputnik"], Quote = Q1 }] },
        "{'amends':'c-a10','reports':[{'source':'cnn','via':['sputnik'],'quote':{'exact':'q'}}]}");

    [Fact]
    public void Amendment_adding_to_an_actor_has_exact_json() => AssertExact(
        new Amendment
        {
            Amends = "pentagon-spokesman",
            Aliases = ["Col. Steve Warren"],
            Affiliations = [new Affiliation { Actor = "usa", Relation = AffiliationRelation.OfficialOf }],
            SameAs = [new IdentityLink { Actor = "steve-warren", Certainty = IdentityCertainty.Confirmed }],
        },
        "{'amends':'pentagon-spokesman','aliases':['Col. Steve Warren'],'affiliations':[{'actor':'usa','relation':'official-of'}],"
        + "'sameAs':[{'actor':'steve-warren','certainty':'confirmed'}]}");

    [Fact]
    public void Amendment_with_only_its_target_omits_the_empty_lists() =>
        AssertExact(new Amendment { Amends = "c" }, "{'amends':'c'}");

    [Fact]
    public void Document_amendments_are_written_last_through_both_entry_points()
    {
        var document = new ClaimDocument
        {
            Denials = [new Denial { Id = "d", Claimant = "a", Reports = [] }],
            Amendments = [new Amendment { Amends = "c", Reports = [new Report { Source = "s", Quote = Q1 }] }, new Amendment { Amends = "a", Aliases = ["A."] }],
        };
        var json = Q("{'formatVersion':2,'denials':[{'id':'d','claimant':'a','modality':'asserted','reports':[]}],"
            + "'amendments':[{'amends':'c','reports':[{'source':'s','quote':{'exact':'q'}}]},{'amends':'a','aliases':['A.']}]}");

        Assert.Equal(json, ClaimJson.Serialize(document));
        Assert.Equal(json, Write(document));
        Assert.Equal(document, ClaimJson.Deserialize(json));
        Assert.Equal(document, Read<ClaimDocument>(json));
    }

    [Fact]
    public void Lists_of_the_new_records_have_exact_json()
    {
        AssertExact<ValueList<IdentityLink>>([new IdentityLink { Actor = "a", Certainty = IdentityCertainty.Confirmed }], "[{'actor':'a','certainty':'confirmed'}]");
        AssertExact<ValueList<Amendment>>([new Amendment { Amends = "a" }], "[{'amends':'a'}]");
        AssertExact<ValueList<int>>([0, 2, -1], "[0,2,-1]");
    }
}
