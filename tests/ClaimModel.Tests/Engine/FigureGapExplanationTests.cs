using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The relative gap of two figures that do not overlap against the discrepancy threshold: its percentage
/// and "at most"/"above" in the sentence, the intervals in the base unit when the units differ, and a gap of exactly
/// the threshold being a discrepancy.</summary>
public class FigureGapExplanationTests
{
    private static ContradictionReport Compare(Figure a, Figure b, FigurePolicy? figures = null) =>
        ContradictionDetector.Analyze(
            Document([Claim("a", "konashenkov", "i1", Quantity(a)), Claim("b", "sohr", "i1", Quantity(b))]),
            new DetectionOptions { Figures = figures ?? FigurePolicy.Default });

    private static Figure Killed(decimal value) => Figure("killed", "people", FigureQualifier.Exact, value, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_gap_above_the_threshold_is_a_conflict_and_reads_above()
    {
        var finding = Assert.Single(Compare(Killed(10), Killed(20)).Findings);

        Assert.Equal(FindingKind.FigureConflict, finding.Kind);
        Assert.Equal(
            "killed: KONASHENKOV (side russia) reports \"10\" = [10, 10] people (a); SOHR (side sohr) reports \"20\" = [20, 20] people (b); the intervals do not overlap, relative gap 50% (above the 10% discrepancy threshold).",
            finding.Explanation);
    }

    [Fact]
    public void A_gap_of_exactly_the_threshold_is_a_discrepancy_and_reads_at_most()
    {
        var atDefault = Assert.Single(Compare(Killed(90), Killed(100)).Findings);
        var atHalf = Assert.Single(Compare(Killed(10), Killed(20), FigurePolicy.Default with { DiscrepancyMaxRelativeGap = 0.5 }).Findings);

        Assert.Equal(FindingKind.FigureDiscrepancy, atDefault.Kind);
        Assert.EndsWith("relative gap 10% (at most the 10% discrepancy threshold).", atDefault.Explanation, StringComparison.Ordinal);
        Assert.Equal(FindingKind.FigureDiscrepancy, atHalf.Kind);
        Assert.EndsWith("relative gap 50% (at most the 50% discrepancy threshold).", atHalf.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_in_different_units_are_shown_in_the_base_unit_too()
    {
        var finding = Assert.Single(Compare(
            Figure("distance", "mi", FigureQualifier.Exact, 12, "12 miles"),
            Figure("distance", "km", FigureQualifier.Exact, 40, "40 km")).Findings);

        Assert.Contains(
            "(b); the intervals do not overlap once converted to the base unit of length ([18507.456, 20116.8) and [35000, 45000)), relative gap ",
            finding.Explanation,
            StringComparison.Ordinal);
    }
}
