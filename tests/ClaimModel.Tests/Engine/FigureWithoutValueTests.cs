using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>A figure without a value ("an unknown number of people") cannot be normalized to an interval, so it is
/// compared with nothing: such figures of one measure and incident give neither a finding nor a consistent comparison
/// with each other or with a figure that has a value, and are not among the compared figures.</summary>
public class FigureWithoutValueTests
{
    [Fact]
    public void Figures_without_a_value_are_not_compared()
    {
        var unknown = Quantity(Figure("deaths", "people", FigureQualifier.Exact, null, "an unknown number of people"));
        var report = ContradictionDetector.Analyze(
            Document(
                [
                    Claim("c1", "sohr", "i1", unknown),
                    Claim("c2", "syria", "i1", unknown),
                    Claim("c3", "russia", "i1", Quantity(Figure("deaths", "people", FigureQualifier.Exact, 0, "no one"))),
                ]),
            new DetectionOptions { IncludeConsistentComparisons = true });

        Assert.Empty(report.Findings);
        Assert.Empty(report.ConsistentComparisons);
        Assert.Equal(["c3"], report.Figures.ToArray().Select(f => f.Id));
    }
}
