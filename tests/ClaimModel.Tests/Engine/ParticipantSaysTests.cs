using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>What a finding's participant says (<see cref="FindingParticipant.Says"/>), word for word, for every
/// kind of statement: the intent's adverb and the targets hit of a responsibility claim, the scope of a target
/// account, the reported words of an occurrence time, a free text, a presence's place and time, and what a
/// denial denies (a statement, or claims by id).</summary>
public class ParticipantSaysTests
{
    private static readonly Target Terrorists = new() { Kind = TargetKind.Other, Name = "terrorists" };
    private static readonly Target Opponents = new() { Kind = TargetKind.Other, Name = "other opponents of the government" };

    private static string SaysOf(ContradictionReport report, string id) =>
        report.Findings.SelectMany(f => f.Participants).First(p => p.Id == id).Says;

    /// <summary>"c1" (konashenkov) says <paramref name="statement"/>; "c2" (state-dept) blames russia: a responsibility conflict.</summary>
    private static string SaysAgainstRussia(ResponsibilityStatement statement) =>
        SaysOf(ContradictionDetector.Analyze(Document([Claim("c1", "konashenkov", "i1", statement), Claim("c2", "state-dept", "i1", Did("russia"))])), "c1");

    [Theory]
    [InlineData(Intent.Deliberate, "USA carried it out deliberately")]
    [InlineData(Intent.Indiscriminate, "USA carried it out indiscriminately")]
    [InlineData(Intent.Accidental, "USA carried it out by accident")]
    [InlineData(Intent.Unstated, "USA carried it out")]
    public void A_responsibility_claim_says_its_intent_after_the_act(Intent intent, string says)
    {
        Assert.Equal(says, SaysAgainstRussia(Did("usa") with { Intent = intent }));
    }

    [Fact]
    public void A_responsibility_claim_says_the_targets_it_hit_by_name_or_kind()
    {
        var statement = Did("usa") with { Intent = Intent.Deliberate, Targets = [new Target { Kind = TargetKind.Hospital, Name = "al-Quds hospital" }, new Target { Kind = TargetKind.School }] };

        Assert.Equal("USA carried it out deliberately, hitting al-Quds hospital, school", SaysAgainstRussia(statement));
    }

    [Theory]
    [InlineData(TargetScope.Unstated, "it hit other opponents of the government")]
    [InlineData(TargetScope.Mostly, "it mostly hit other opponents of the government")]
    [InlineData(TargetScope.AmongOthers, "it hit, among others, other opponents of the government")]
    [InlineData(TargetScope.Only, "it hit only other opponents of the government")]
    public void A_target_account_says_its_scope_before_the_targets(TargetScope scope, string says)
    {
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", "i1", new TargetStatement { Scope = TargetScope.Only, Targets = [Terrorists] }), Claim("c2", "state-dept", "i1", new TargetStatement { Scope = scope, Targets = [Opponents] })]));

        Assert.Equal("it hit only terrorists", SaysOf(report, "c1"));
        Assert.Equal(says, SaysOf(report, "c2"));
    }

    [Fact]
    public void An_occurrence_says_the_reported_words_of_its_time_or_that_it_happened_at_the_stated_time()
    {
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", "i1", Occurred(Day(2016, 2, 10, "Asia/Damascus", 2, text: "on Wednesday"))), Claim("c2", "sohr", "i1", Occurred(Day(2016, 2, 12, "Asia/Damascus", 2)))]));

        Assert.Equal(FindingKind.TimeConflict, Assert.Single(report.Findings).Kind);
        Assert.Equal("it happened at the time reported as \"on Wednesday\"", SaysOf(report, "c1"));
        Assert.Equal("it happened at the stated time", SaysOf(report, "c2"));
    }

    [Fact]
    public void A_text_statement_says_its_text_and_a_denial_by_id_lists_the_claims_it_denies()
    {
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", "i1", new TextStatement { Text = "the convoy was never there" }), Claim("c2", "konashenkov", "i1", Did("usa"))],
            [Denial("d1", "usa", "i1", null, "c1", "c2")]));

        Assert.Equal(2, report.Findings.Count);
        Assert.Equal("the convoy was never there", SaysOf(report, "c1"));
        Assert.All(report.Findings, f => Assert.Equal("denies claims c1, c2", f.Participants.Single(p => p.Id == "d1").Says));
    }

    [Fact]
    public void A_denial_of_a_statement_says_what_it_denies_with_the_place_and_time_it_names()
    {
        var there = new PresenceStatement
        {
            Actors = ["russia"],
            Present = true,
            Place = new Place { Name = "Aleppo", Precision = PlacePrecision.City },
            Time = Day(2016, 2, 10, "Asia/Damascus", 2, text: "on 10 February"),
        };
        var report = ContradictionDetector.Analyze(Document([Claim("c1", "state-dept", "i1", there)], [Denial("d1", "sohr", "i1", there)]));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.Denial, finding.Kind);
        Assert.Equal("RUSSIA's forces were at Aleppo, on 10 February", SaysOf(report, "c1"));
        Assert.Equal("denies that RUSSIA's forces were at Aleppo, on 10 February", SaysOf(report, "d1"));
    }

    [Fact]
    public void An_absence_on_an_incident_of_no_known_place_says_the_incidents_place()
    {
        // A dangling incident id is tolerated: the absence and the act still meet on it.
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", "i-unknown", NotWithin("russia", Figure("distance", "mi", FigureQualifier.Approximately, 12, "about 12 miles"))), Claim("c2", "sohr", "i-unknown", Did("russia"))]));

        Assert.Equal(FindingKind.PresenceConflict, Assert.Single(report.Findings).Kind);
        Assert.Equal("RUSSIA's forces were not within about 12 miles of the incident's place", SaysOf(report, "c1"));
    }
}
