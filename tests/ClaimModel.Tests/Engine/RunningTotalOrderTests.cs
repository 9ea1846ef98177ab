using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Two counts of a running total are put in time order by their as-of times, whichever is added first: counts
/// of two consecutive days (the first ends where the second starts) are in order, a later lower count is a conflict and
/// a later count that starts where the earlier one ends (an open "more than") is an update.</summary>
public class RunningTotalOrderTests
{
    private static readonly TimeSpec Feb10 = Day(2016, 2, 10, "Asia/Damascus", 2);
    private static readonly TimeSpec Feb11 = Day(2016, 2, 11, "Asia/Damascus", 2);
    private static readonly TimeSpec Feb12 = Day(2016, 2, 12, "Asia/Damascus", 2);

    private static ContradictionReport Analyze(params Claim[] claims) =>
        ContradictionDetector.Analyze(Document(claims), new DetectionOptions { IncludeConsistentComparisons = true });

    [Fact]
    public void The_earlier_count_added_last_reads_the_same_as_added_first()
    {
        var earlierFirst = Analyze(Toll("c-at-least-27", "sohr", FigureQualifier.AtLeast, 27, "at least 27", Feb10), Toll("c-12", "syria", FigureQualifier.Exact, 12, "12 killed", Feb12));
        var earlierLast = Analyze(Toll("c-12", "syria", FigureQualifier.Exact, 12, "12 killed", Feb12), Toll("c-at-least-27", "sohr", FigureQualifier.AtLeast, 27, "at least 27", Feb10));

        var finding = Assert.Single(earlierLast.Findings);
        Assert.Equal(FindingKind.FigureConflict, finding.Kind);
        Assert.Equal(["c-12", "c-at-least-27"], finding.Participants.Select(p => p.Reference));
        Assert.Equal(Assert.Single(earlierFirst.Findings).Explanation, finding.Explanation);
        Assert.Empty(earlierLast.ConsistentComparisons);
    }

    [Fact]
    public void Counts_of_consecutive_days_are_in_order_a_lower_second_day_is_a_conflict()
    {
        foreach (var report in new[]
        {
            Analyze(Toll("c-10", "sohr", FigureQualifier.Exact, 10, "10 killed", Feb10), Toll("c-8", "syria", FigureQualifier.Exact, 8, "8 killed", Feb11)),
            Analyze(Toll("c-8", "syria", FigureQualifier.Exact, 8, "8 killed", Feb11), Toll("c-10", "sohr", FigureQualifier.Exact, 10, "10 killed", Feb10)),
        })
        {
            var finding = Assert.Single(report.Findings);
            Assert.Equal(["c-10", "c-8"], finding.Participants.Select(p => p.Reference));
            Assert.Contains("the later count of a running total is below the earlier one", finding.Explanation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_later_count_of_more_than_the_earlier_exact_one_is_an_update()
    {
        var report = Analyze(Toll("c-10", "sohr", FigureQualifier.Exact, 10, "10 killed", Feb10), Toll("c-more", "syria", FigureQualifier.MoreThan, 10, "more than 10 killed", Feb12));

        Assert.Empty(report.Findings);
        Assert.Equal(ComparisonKind.Update, Assert.Single(report.ConsistentComparisons).Kind);
    }
}
