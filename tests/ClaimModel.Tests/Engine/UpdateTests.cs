using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Running totals and revisions: a later, higher count of a cumulative measure is an update, a later
/// lower one a conflict naming both as-of times; superseded and retracted claims leave the contradictions.</summary>
public class UpdateTests
{
    private static readonly TimeSpec Feb10 = Day(2016, 2, 10, "Asia/Damascus", 2);
    private static readonly TimeSpec Feb12 = Day(2016, 2, 12, "Asia/Damascus", 2);

    private static Claim Toll(string id, string claimant, FigureQualifier qualifier, decimal value, string text, TimeSpec? asOf, bool cumulative = true) =>
        Claim(id, claimant, "i1", Quantity(Figure("killed", "people", qualifier, value, text) with { Cumulative = cumulative, AsOf = asOf }));

    private static ContradictionReport Analyze(params Claim[] claims) =>
        ContradictionDetector.Analyze(Document(claims), new DetectionOptions { IncludeConsistentComparisons = true });

    [Fact]
    public void A_later_higher_count_of_a_running_total_is_an_update_not_a_conflict()
    {
        var report = Analyze(Toll("c-27", "sohr", FigureQualifier.Exact, 27, "27 killed", Feb10), Toll("c-55", "syria", FigureQualifier.Exact, 55, "the toll has climbed to 55", Feb12));

        Assert.Empty(report.Findings);
        var update = Assert.Single(report.ConsistentComparisons);
        Assert.Equal(ComparisonKind.Update, update.Kind);
        Assert.StartsWith("update: running total killed: SOHR (side sohr) reports \"27 killed\" = [27, 27] people as of 2016-02-10 00:00–24:00 Asia/Damascus (c-27); later, SYRIA (side syria) reports \"the toll has climbed to 55\" = [55, 55] people as of 2016-02-12 00:00–24:00 Asia/Damascus (c-55)", update.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_count_below_the_earlier_lower_bound_is_a_conflict_naming_both_times()
    {
        var report = Analyze(Toll("c-at-least-27", "sohr", FigureQualifier.AtLeast, 27, "at least 27", Feb10), Toll("c-12", "syria", FigureQualifier.Exact, 12, "12 killed", Feb12));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.FigureConflict, finding.Kind);
        Assert.Contains("reports \"at least 27\" = [27, ∞) people as of 2016-02-10 00:00–24:00 Asia/Damascus (c-at-least-27)", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("later, SYRIA (side syria) reports \"12 killed\" = [12, 12] people as of 2016-02-12 00:00–24:00 Asia/Damascus (c-12)", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("the later count of a running total is below the earlier one", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_as_of_the_same_time_or_not_cumulative_compare_as_any_figures()
    {
        Assert.Equal(FindingKind.FigureConflict, Assert.Single(Analyze(
            Toll("c-27", "sohr", FigureQualifier.Exact, 27, "27", Feb10), Toll("c-55", "syria", FigureQualifier.Exact, 55, "55", Feb10)).Findings).Kind);
        Assert.Equal(FindingKind.FigureConflict, Assert.Single(Analyze(
            Toll("c-27", "sohr", FigureQualifier.Exact, 27, "27", Feb10, cumulative: false), Toll("c-55", "syria", FigureQualifier.Exact, 55, "55", Feb12, cumulative: false)).Findings).Kind);
    }

    [Fact]
    public void Without_an_as_of_time_a_running_total_is_counted_when_it_was_stated()
    {
        var earlier = Toll("c-27", "sohr", FigureQualifier.Exact, 27, "27", asOf: null) with { StatedAt = Feb10 };
        var later = Toll("c-55", "syria", FigureQualifier.Exact, 55, "55", asOf: null) with { StatedAt = Feb12 };

        Assert.Empty(Analyze(earlier, later).Findings);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_superseded_claim_leaves_the_contradictions_and_is_listed_as_history(bool updateFirst)
    {
        var first = Toll("c-27", "sohr", FigureQualifier.Exact, 27, "27", Feb10, cumulative: false);
        var update = Toll("c-55", "sohr", FigureQualifier.Exact, 55, "55", Feb12, cumulative: false) with { Supersedes = ["c-27"] };
        var other = Toll("c-30", "syria", FigureQualifier.Exact, 30, "30", Feb10, cumulative: false);
        var index = new ContradictionIndex(new DetectionOptions { IncludeConsistentComparisons = true });
        index.AddDocument(Document());
        foreach (var claim in updateFirst ? new[] { update, other, first } : [first, other, update])
        {
            index.AddClaim(claim);
        }

        var report = index.GetReport();

        Assert.All(report.Findings, f => Assert.DoesNotContain(f.Participants, p => p.Id == "c-27"));
        Assert.Equal(["c-30", "c-55"], Assert.Single(report.Findings).Participants.Select(p => p.Id));
        Assert.Equal([new ClaimRevision { Claim = "c-27", Kind = RevisionKind.Superseded, By = "c-55" }], report.History);
        Assert.Equal(report, ContradictionDetector.Analyze(Document([first, other, update]), new DetectionOptions { IncludeConsistentComparisons = true }));
    }

    [Fact]
    public void A_retracted_claim_leaves_the_contradictions_and_the_report_says_so()
    {
        var claim = Claim("c-usa", "konashenkov", "i1", Did("usa"));
        var retraction = Claim("c-retract", "konashenkov", "i1", new TextStatement { Text = "we withdraw the allegation" }) with { Retracts = ["c-usa"] };
        var report = ContradictionDetector.Analyze(Document([claim, Claim("c-russia", "state-dept", "i1", Did("russia")), retraction]));

        Assert.Empty(report.Findings);
        Assert.Equal(RevisionKind.Retracted, Assert.Single(report.History).Kind);
        Assert.Contains("History: 1 claim superseded or retracted by later claims of the same voice; not compared\n\n  c-usa retracted by c-retract\n", ClaimModel.Reporting.ReportTextWriter.Write(report), StringComparison.Ordinal);
    }
}
