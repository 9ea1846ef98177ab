using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Two occurrence times that overlap in part: the comparison's sentence gives the part both include (the
/// later start, the earlier end), and its intervals give each time's reported words (empty when it has none).</summary>
public class ConsistentTimeComparisonTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_shared_part_runs_from_the_later_start_to_the_earlier_end(bool reversed)
    {
        // a: 11 February UTC; b: 11 February in Damascus (UTC+2), which starts and ends two hours earlier.
        Claim[] claims =
        [
            Claim("a", "konashenkov", "i1", Occurred(Day(2016, 2, 11, "UTC", 0, text: "on Thursday"))),
            Claim("b", "sohr", "i1", Occurred(Day(2016, 2, 11, "Asia/Damascus", 2))),
        ];
        var report = ContradictionDetector.Analyze(Document(reversed ? [claims[1], claims[0]] : claims), new DetectionOptions { IncludeConsistentComparisons = true });

        Assert.Empty(report.Findings);
        var comparison = Assert.Single(report.ConsistentComparisons);
        Assert.Equal(ComparisonKind.Time, comparison.Kind);
        Assert.EndsWith("overlap: both include 2016-02-11 00:00–22:00 UTC.", comparison.Explanation, StringComparison.Ordinal);
        Assert.Equal(["a", "b"], comparison.Intervals.Select(i => i.Id));
        Assert.Equal(["on Thursday", ""], comparison.Intervals.Select(i => i.Reported));
    }
}
