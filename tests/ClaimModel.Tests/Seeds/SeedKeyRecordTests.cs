using System.Text.Json;

namespace ClaimModel.Tests.Seeds;

/// <summary>Pins the records the contradiction engine's seed cases rely on (ids, statement positions and the members
/// that make two statements comparable) and the format 2 patterns the seeds show (utterances of several statements,
/// several actors, denials of one statement, intent, characterisation, relays, identity, unnamed speakers, running
/// totals), read as raw JSON, so that an edit of the seed data cannot silently break those cases.</summary>
public sealed class SeedKeyRecordTests
{
    private static readonly Lazy<(Dictionary<string, JsonElement> Records, Dictionary<string, string> Kinds)> Corpus = new(Load);

    private static Dictionary<string, JsonElement> Records => Corpus.Value.Records;

    [Theory]
    [InlineData("konashenkov")]
    [InlineData("russia-mod")]
    [InlineData("russia")]
    [InlineData("usa")]
    [InlineData("us-led-coalition")]
    [InlineData("pentagon")]
    [InlineData("warren")]
    [InlineData("kerry")]
    [InlineData("sohr")]
    [InlineData("turkey-mfa")]
    [InlineData("syria-government")]
    [InlineData("aleppo-bombing-2016-02-10")]
    [InlineData("aleppo-offensive-2016-02")]
    [InlineData("al-quds-hospital-strike-2016-04")]
    [InlineData("aleppo-strikes-2016-06-08")]
    [InlineData("russia-air-operation-syria")]
    [InlineData("syrian-civil-war")]
    public void Key_record_exists(string id) => Assert.True(Records.ContainsKey(id), id);

    [Theory]
    [InlineData("c-konashenkov-a10-time")]
    [InlineData("c-konashenkov-a10-count")]
    [InlineData("c-konashenkov-a10-route")]
    [InlineData("c-konashenkov-blames-us")]
    [InlineData("c-pentagon-two-hospitals")]
    [InlineData("c-konashenkov-1888-facilities")]
    [InlineData("c-konashenkov-coalition-within-20km")]
    [InlineData("c-usa-alquds-damascus")]
    [InlineData("c-usa-alquds-moscow")]
    [InlineData("c-kerry-alquds-yesterday")]
    [InlineData("c-sohr-alquds-early-thursday")]
    [InlineData("d-konashenkov-never-strike-civilians-russia")]
    [InlineData("d-konashenkov-never-strike-civilians-syrian-army")]
    public void A_format_1_record_that_repeated_a_quote_is_merged_into_its_utterance(string id) =>
        Assert.False(Records.ContainsKey(id), id);

    [Fact]
    public void Konashenkovs_A10_sentence_is_one_utterance_of_four_statements()
    {
        var claim = Get("c-konashenkov-a10");

        Assert.Equal(["responsibility", "quantity", "occurrence", "text"], Statements(claim).Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal(["usa"], Strings(Statement("c-konashenkov-a10#0"), "actors"));
        Assert.Equal("aircraft", Statement("c-konashenkov-a10#1").GetProperty("figure").GetProperty("measure").GetString());
        Assert.Equal("2016-02-10T13:55:00+03:00", Statement("c-konashenkov-a10#2").GetProperty("time").GetProperty("start").GetString());

        // The IBT quote is the whole sentence; CNN's (and the 001 article's copy of it) leaves out the time; the 001
        // article's own summary evidences the blame alone.
        var reports = claim.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(
            [("ibt-2016-02-11", ""), ("a001-2016-02-12", "0"), ("a001-2016-02-12", "0,1,3"), ("cnn-2016-02-11", "0,1,3")],
            reports.Select(r => (r.GetProperty("source").GetString()!, string.Join(',', Array(r, "statements").Select(p => p.GetInt32())))));
    }

    [Theory]
    [InlineData("d-state-dept-official-no-us-missions")]
    [InlineData("d-coalition-spokesman-denies")]
    [InlineData("d-us-officials-no-coalition-aircraft")]
    public void US_denials_name_the_whole_A10_utterance(string denial) =>
        Assert.Contains("c-konashenkov-a10", Strings(Get(denial), "deniedClaims"));

    [Fact]
    public void Denials_name_the_one_statement_of_an_utterance_they_reject()
    {
        Assert.Equal(["c-usa-russia-bombed-aleppo", "c-pentagon-russia-hit-hospitals#0"], Strings(Get("d-russia-mod-not-russian-planes"), "deniedClaims"));
        Assert.Contains("c-pentagon-russia-hit-hospitals#0", Strings(Get("d-russia-no-warplanes-present"), "deniedClaims"));
        Assert.Equal("responsibility", Statement("c-pentagon-russia-hit-hospitals#0").GetProperty("kind").GetString());
        Assert.Contains("c-konashenkov-no-russian-warplanes-20km#1", Strings(Get("d-us-officials-no-coalition-aircraft"), "deniedClaims"));
        Assert.Equal(["us-led-coalition"], Strings(Statement("c-konashenkov-no-russian-warplanes-20km#1"), "actors"));
        Assert.True(Statement("c-konashenkov-no-russian-warplanes-20km#1").GetProperty("present").GetBoolean());
    }

    [Fact]
    public void The_Pentagons_accusation_is_one_utterance_whose_second_quote_evidences_only_the_50000_figure()
    {
        var claim = Get("c-pentagon-russia-hit-hospitals");

        Assert.Equal(["hospitals-hit", "people-without-access-to-assistance"], Statements(claim).Skip(1).Select(s => s.GetProperty("figure").GetProperty("measure").GetString()));
        Assert.Equal(["0,1", "2"], claim.GetProperty("reports").EnumerateArray().Select(r => string.Join(',', Array(r, "statements").Select(p => p.GetInt32()))));
    }

    [Fact]
    public void Responsibility_for_the_10_Feb_bombing_is_claimed_by_both_sides()
    {
        Assert.Equal(("aleppo-bombing-2016-02-10", "usa"), IncidentAndActor("c-konashenkov-a10#0"));
        Assert.Equal(("aleppo-bombing-2016-02-10", "russia"), IncidentAndActor("c-pentagon-russia-hit-hospitals#0"));
    }

    [Fact]
    public void Russia_denies_its_warplanes_were_present_naming_the_hospital_accusation()
    {
        var denial = Get("d-russia-no-warplanes-present");
        Assert.Equal("presence", denial.GetProperty("statement").GetProperty("kind").GetString());
        Assert.Contains("c-pentagon-russia-hit-hospitals#0", Strings(denial, "deniedClaims"));
    }

    [Fact]
    public void Washington_accuses_Damascus_and_Moscow_jointly_in_one_statement()
    {
        var statement = Statement("c-usa-alquds-damascus-moscow");

        Assert.Equal("al-quds-hospital-strike-2016-04", Get("c-usa-alquds-damascus-moscow").GetProperty("incident").GetString());
        Assert.Equal(["syria-government", "russia"], Strings(statement, "actors"));
        Assert.False(statement.TryGetProperty("combination", out _), "jointly is the default and is not written");
        foreach (var denial in new[] { "d-russia-alquds-not-our-warplanes", "d-syria-alquds-not-our-warplanes", "d-russia-mod-no-airstrikes-aleppo", "d-syrian-source-alquds-untrue" })
        {
            Assert.Contains("c-usa-alquds-damascus-moscow", Strings(Get(denial), "deniedClaims"));
        }
    }

    [Fact]
    public void Al_Quds_has_conflicting_perpetrators_and_denials()
    {
        Assert.Equal(("al-quds-hospital-strike-2016-04", "syria-government"), IncidentAndActor("c-kerry-alquds-regime-pattern"));
        Assert.Equal(("al-quds-hospital-strike-2016-04", "us-led-coalition"), IncidentAndActor("c-russia-alquds-coalition"));
        Assert.Equal("suggested", Get("c-russia-alquds-coalition").GetProperty("modality").GetString());
        Assert.Equal("al-quds-hospital-strike-2016-04", Get("d-russia-alquds-not-our-warplanes").GetProperty("incident").GetString());
        Assert.Equal("al-quds-hospital-strike-2016-04", Get("d-syria-alquds-not-our-warplanes").GetProperty("incident").GetString());
    }

    [Theory]
    [InlineData("d-russia-alquds-not-our-warplanes", "unfounded")] // "flatly dismissed by both as unfounded"
    [InlineData("d-syria-alquds-not-our-warplanes", "unfounded")]
    [InlineData("d-syrian-source-alquds-untrue", "false")] // "is untrue"
    [InlineData("d-state-dept-official-no-us-missions", "false")] // "are false"
    public void Denials_characterise_what_they_deny_as_the_text_says(string id, string characterization) =>
        Assert.Equal(characterization, Get(id).GetProperty("characterization").GetString());

    [Theory]
    [InlineData("d-russia-mod-not-russian-planes")]
    [InlineData("d-coalition-spokesman-denies")]
    [InlineData("d-konashenkov-no-strikes-aleppo-june")]
    [InlineData("d-konashenkov-never-strike-civilians")]
    public void A_denial_whose_words_do_not_characterise_it_has_no_characterisation(string id)
    {
        Assert.False(Get(id).TryGetProperty("characterization", out _), id);
        Assert.False(Get(id).TryGetProperty("denies", out _), "no seed denies only the intent");
    }

    [Theory]
    [InlineData("c-kerry-alquds-regime-pattern#0", "deliberate")] // "a deliberate strike on a known medical facility"
    [InlineData("c-hnc-russian-regime-aggression#1", "indiscriminate")] // "indiscriminate aerial bombardment"
    [InlineData("c-abu-mahmoud-russia-strikes-residents#0", "deliberate")] // "in an effort to force local residents to flee"
    public void Responsibility_carries_the_intent_the_text_states(string reference, string intent) =>
        Assert.Equal(intent, Statement(reference).GetProperty("intent").GetString());

    [Fact]
    public void Only_those_three_statements_state_an_intent()
    {
        var withIntent = Records.Values
            .Where(r => r.TryGetProperty("statements", out _))
            .SelectMany(r => Statements(r).Select((s, i) => (Reference: $"{r.GetProperty("id").GetString()}#{i}", Statement: s)))
            .Where(s => s.Statement.TryGetProperty("intent", out _))
            .Select(s => s.Reference)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["c-abu-mahmoud-russia-strikes-residents#0", "c-hnc-russian-regime-aggression#1", "c-kerry-alquds-regime-pattern#0"], withIntent);
    }

    [Fact]
    public void The_HNC_is_a_political_body_blaming_Russian_and_regime_aggression_jointly()
    {
        Assert.Equal("political-body", Get("hnc").GetProperty("kind").GetString());
        Assert.Equal(["russia", "syria-government"], Strings(Statement("c-hnc-russian-regime-aggression#0"), "actors"));
        Assert.Equal(["responsibility", "responsibility", "text"], Statements(Get("c-hnc-russian-regime-aggression")).Select(s => s.GetProperty("kind").GetString()));
    }

    [Fact]
    public void Al_Quds_times_are_relative_in_the_speakers_zones()
    {
        var kerry = Statement("c-kerry-alquds-hospital-hit#1").GetProperty("time");
        Assert.Equal(-1, kerry.GetProperty("relative").GetProperty("offset").GetInt32());
        Assert.Equal("America/New_York", kerry.GetProperty("timeZone").GetString());
        var observatory = Statement("c-sohr-alquds-hit#1").GetProperty("time");
        Assert.Equal("thursday", observatory.GetProperty("relative").GetProperty("weekday").GetString());
        Assert.Equal("early-morning", observatory.GetProperty("partOfDay").GetString());
        Assert.Equal("Asia/Damascus", observatory.GetProperty("timeZone").GetString());
    }

    [Fact]
    public void Turkeys_June_accusation_is_denied_by_its_responsibility_statement_in_Aleppo()
    {
        Assert.Equal(("aleppo-strikes-2016-06-08", "russia"), IncidentAndActor("c-turkey-mfa-russia-struck-civilians-aleppo-june#0"));
        Assert.Equal("occurrence", Statement("c-turkey-mfa-russia-struck-civilians-aleppo-june#1").GetProperty("kind").GetString());
        var denial = Get("d-konashenkov-no-strikes-aleppo-june");
        Assert.Equal(["c-turkey-mfa-russia-struck-civilians-aleppo-june#0"], Strings(denial, "deniedClaims"));
        Assert.Equal("Aleppo", denial.GetProperty("place").GetProperty("name").GetString());
    }

    [Fact]
    public void The_State_Department_official_denies_for_a_place_and_a_day_of_his_own()
    {
        var denial = Get("d-state-dept-official-no-us-missions");

        Assert.Equal("Aleppo", denial.GetProperty("place").GetProperty("name").GetString());
        Assert.Equal("today", denial.GetProperty("time").GetProperty("text").GetString());
        Assert.Equal(0, denial.GetProperty("time").GetProperty("relative").GetProperty("offset").GetInt32());
    }

    [Fact]
    public void Never_strike_civilians_is_one_general_denial_of_either_actor()
    {
        var denial = Get("d-konashenkov-never-strike-civilians");
        Assert.False(denial.TryGetProperty("incident", out _));
        Assert.False(denial.TryGetProperty("deniedClaims", out _));
        var statement = denial.GetProperty("statement");
        Assert.Equal("responsibility", statement.GetProperty("kind").GetString());
        Assert.Equal(["russia", "syrian-army"], Strings(statement, "actors"));
        Assert.Equal("either-of", statement.GetProperty("combination").GetString());
        Assert.Equal(["civilians"], statement.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("kind").GetString()));
    }

    [Fact]
    public void Relays_that_are_actors_stand_in_via_from_the_claimant_outwards()
    {
        // "The Russian defense ministry said ... not Russian planes as Washington declared earlier, Russia Today reported."
        Assert.Equal(["russia-mod", "rt"], Strings(Report("c-usa-russia-bombed-aleppo", 0), "via"));
        Assert.Equal("actors", KindOf("russia-mod"));
        Assert.Equal("sources", KindOf("rt"));

        // "At the same time, he [Konashenkov] said, the Russian center for reconciliation ... has registered ..."
        Assert.Equal(["konashenkov"], Strings(Report("c-reconciliation-center-militant-shelling", 0), "via"));
    }

    [Fact]
    public void The_Baghdad_based_coalition_spokesman_is_described_and_probably_Steve_Warren()
    {
        var spokesman = Get("coalition-spokesman-baghdad");

        Assert.False(spokesman.TryGetProperty("name", out _));
        Assert.Equal("a Baghdad-based spokesman for the anti-Islamic State military coalition", spokesman.GetProperty("description").GetString());
        var link = Assert.Single(spokesman.GetProperty("sameAs").EnumerateArray().ToList());
        Assert.Equal("warren", link.GetProperty("actor").GetString());
        Assert.Equal("probable", link.GetProperty("certainty").GetString());
        Assert.Contains("neither article names the Baghdad-based spokesman", link.GetProperty("basis").GetString(), StringComparison.Ordinal);
        Assert.Single(Records.Values, r => r.TryGetProperty("sameAs", out _));
    }

    [Theory]
    [InlineData("us-state-dept-official", "person", "a U.S. State Department official")]
    [InlineData("us-officials-cnn", "unnamed-group", "two U.S. officials")]
    [InlineData("syrian-military-source", "person", "an unnamed Syrian military source")]
    [InlineData("rebel-fighter-reuters", "person", "a rebel fighter (speaking to Reuters)")]
    public void Unnamed_speakers_are_described_never_named(string id, string kind, string description)
    {
        var actor = Get(id);

        Assert.False(actor.TryGetProperty("name", out _), id);
        Assert.Equal(kind, actor.GetProperty("kind").GetString());
        Assert.Equal(description, actor.GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("c-sohr-over-500-killed#0", "killed")]
    [InlineData("c-sohr-over-500-killed#1", "civilians-killed")]
    [InlineData("c-de-mistura-400000-killed#0", "killed")]
    [InlineData("c-de-mistura-400000-killed#1", "displaced-share-of-population")]
    [InlineData("c-un-40000-fleeing", "people-fleeing")]
    public void Running_totals_are_cumulative_as_of_their_report(string reference, string measure)
    {
        var figure = Statement(reference).GetProperty("figure");

        Assert.Equal(measure, figure.GetProperty("measure").GetString());
        Assert.True(figure.GetProperty("cumulative").GetBoolean());
        Assert.StartsWith("as of the report", figure.GetProperty("asOf").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_pre_war_population_is_not_a_running_total()
    {
        var figure = Statement("c-de-mistura-400000-killed#2").GetProperty("figure");

        Assert.Equal("pre-war-population", figure.GetProperty("measure").GetString());
        Assert.False(figure.TryGetProperty("cumulative", out _));
        Assert.False(figure.TryGetProperty("asOf", out _));
    }

    [Fact]
    public void Strikes_on_not_only_ISIS_are_a_target_statement_among_others()
    {
        var statement = Statement("c-usa-russian-strikes-target-non-isis");

        Assert.Equal("target", statement.GetProperty("kind").GetString());
        Assert.Equal("among-others", statement.GetProperty("scope").GetString());
    }

    [Fact]
    public void A_statement_hedged_apart_from_its_utterance_carries_its_own_modality()
    {
        Assert.Equal("asserted", Get("c-kerry-russia-must-press-regime").GetProperty("modality").GetString());
        Assert.Equal("suggested", Statement("c-kerry-russia-must-press-regime#1").GetProperty("modality").GetString());
        Assert.Equal("asserted", Get("c-turkey-cut-supply-route").GetProperty("modality").GetString());
        Assert.Equal("suggested", Statement("c-turkey-cut-supply-route#1").GetProperty("modality").GetString());
    }

    [Theory]
    [InlineData("c-konashenkov-510-sorties#0", "c-russia-more-than-510-sorties#0", "sorties")]
    [InlineData("c-konashenkov-510-sorties#1", "c-russia-more-than-510-sorties#1", "facilities-destroyed")]
    public void Paired_figures_share_incident_measure_subject_and_period(string a, string b, string measure)
    {
        Assert.Equal(Get(ClaimOf(a)).GetProperty("incident").GetString(), Get(ClaimOf(b)).GetProperty("incident").GetString());
        var (x, y) = (Statement(a), Statement(b));
        Assert.Equal(measure, x.GetProperty("figure").GetProperty("measure").GetString());
        Assert.Equal(measure, y.GetProperty("figure").GetProperty("measure").GetString());
        Assert.Equal(x.GetProperty("figure").GetProperty("unit").GetString(), y.GetProperty("figure").GetProperty("unit").GetString());
        Assert.Equal(x.GetProperty("subject").GetString(), y.GetProperty("subject").GetString());
        Assert.Equal(x.GetProperty("period").GetProperty("start").GetString(), y.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal(x.GetProperty("period").GetProperty("end").GetString(), y.GetProperty("period").GetProperty("end").GetString());
    }

    [Theory]
    [InlineData("c-konashenkov-nearest-target-12mi", "about 12 miles")]
    [InlineData("c-konashenkov-no-russian-planes-12mi", "12 miles")]
    [InlineData("c-konashenkov-no-russian-warplanes-20km#0", "12.5 miles (20 kilometers)")]
    public void Distance_claims_share_the_measure_and_incident(string reference, string text)
    {
        Assert.Equal("aleppo-bombing-2016-02-10", Get(ClaimOf(reference)).GetProperty("incident").GetString());
        var statement = Statement(reference);
        var within = statement.GetProperty("within");
        Assert.Equal("distance-from-aleppo", within.GetProperty("measure").GetString());
        Assert.Equal(text, within.GetProperty("text").GetString());
        Assert.False(statement.GetProperty("present").GetBoolean());
        Assert.Equal(["russia"], Strings(statement, "actors"));
    }

    private static (string? Incident, string? Actor) IncidentAndActor(string reference) =>
        (Get(ClaimOf(reference)).GetProperty("incident").GetString(), Assert.Single(Strings(Statement(reference), "actors")));

    /// <summary>The statement a reference names: <c>claimId#n</c>, or the only statement of a claim named by id.</summary>
    private static JsonElement Statement(string reference)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var statements = Statements(Get(ClaimOf(reference)));
        return hash < 0 ? Assert.Single(statements) : statements[int.Parse(reference[(hash + 1)..], System.Globalization.CultureInfo.InvariantCulture)];
    }

    private static string ClaimOf(string reference) => reference.Split('#')[0];

    private static List<JsonElement> Statements(JsonElement claim) => claim.GetProperty("statements").EnumerateArray().ToList();

    private static JsonElement Report(string claim, int index) => Get(claim).GetProperty("reports")[index];

    private static List<string?> Strings(JsonElement element, string name) => Array(element, name).Select(e => e.GetString()).ToList();

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.EnumerateArray() : Enumerable.Empty<JsonElement>();

    private static string KindOf(string id) => Corpus.Value.Kinds[id];

    private static JsonElement Get(string id) =>
        Records.TryGetValue(id, out var element) ? element : throw new Xunit.Sdk.XunitException("no seed record " + id);

    private static (Dictionary<string, JsonElement> Records, Dictionary<string, string> Kinds) Load()
    {
        var records = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var kindOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in SeedPaths.AllDocuments)
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var kind in new[] { "actors", "sources", "incidents", "claims", "denials" })
            {
                if (json.RootElement.TryGetProperty(kind, out var array))
                {
                    foreach (var element in array.EnumerateArray())
                    {
                        var id = element.GetProperty("id").GetString()!;
                        records[id] = element.Clone();
                        kindOf[id] = kind;
                    }
                }
            }
        }

        return (records, kindOf);
    }
}
