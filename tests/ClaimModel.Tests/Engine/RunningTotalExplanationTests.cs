using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The sentences of two counts of a running total, word for word: a later lower count is a conflict whose
/// sentence ends with the relative gap in percent; a later higher one an update whose sentence says it does not fall
/// below the earlier one, about the counts' incident.</summary>
public class RunningTotalExplanationTests
{
    private static readonly TimeSpec Feb10 = Day(2016, 2, 10, "Asia/Damascus", 2);
    private static readonly TimeSpec Feb12 = Day(2016, 2, 12, "Asia/Damascus", 2);

    private static ContradictionReport Analyze(params Claim[] claims) =>
        ContradictionDetector.Analyze(Document(claims), new DetectionOptions { IncludeConsistentComparisons = true });

    [Fact]
    public void A_later_lower_count_reads_below_the_earlier_one_with_the_gap_in_percent()
    {
        var report = Analyze(Toll("c-at-least-27", "sohr", FigureQualifier.AtLeast, 27, "at least 27", Feb10), Toll("c-12", "syria", FigureQualifier.Exact, 12, "12 killed", Feb12));

        // (27 − 12) / 27 = 55.6 %.
        Assert.Equal(
            "running total killed: SOHR (side sohr) reports \"at least 27\" = [27, ∞) people as of 2016-02-10 00:00–24:00 Asia/Damascus (c-at-least-27); later, SYRIA (side syria) reports \"12 killed\" = [12, 12] people as of 2016-02-12 00:00–24:00 Asia/Damascus (c-12): the later count of a running total is below the earlier one, relative gap 55.6%.",
            Assert.Single(report.Findings).Explanation);
    }

    [Fact]
    public void A_later_higher_count_reads_as_an_update_that_does_not_fall_below_the_earlier_one()
    {
        var report = Analyze(Toll("c-55", "syria", FigureQualifier.Exact, 55, "55 killed", Feb12), Toll("c-27", "sohr", FigureQualifier.Exact, 27, "27 killed", Feb10));

        var update = Assert.Single(report.ConsistentComparisons);
        Assert.Equal(ComparisonKind.Update, update.Kind);
        Assert.Equal("i1", update.Incident);
        Assert.Equal(
            "update: running total killed: SOHR (side sohr) reports \"27 killed\" = [27, 27] people as of 2016-02-10 00:00–24:00 Asia/Damascus (c-27); later, SYRIA (side syria) reports \"55 killed\" = [55, 55] people as of 2016-02-12 00:00–24:00 Asia/Damascus (c-55): a later count of a running total that does not fall below the earlier one.",
            update.Explanation);
    }
}
