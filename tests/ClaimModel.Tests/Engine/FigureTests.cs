using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

public class FigureTests
{
    private static ContradictionReport Compare(Figure a, Figure b, TimeSpec? periodA = null, TimeSpec? periodB = null) =>
        ContradictionDetector.Analyze(Document(
            [Claim("a", "konashenkov", "i1", Quantity(a, period: periodA)), Claim("b", "sohr", "i1", Quantity(b, period: periodB))]));

    private static Figure Count(FigureQualifier qualifier, decimal? value, string text, string measure = "killed", decimal? upper = null) =>
        Figure(measure, "people", qualifier, value, text, upper);

    [Fact]
    public void Exact_510_against_more_than_510_is_a_discrepancy()
    {
        var report = Compare(Figure("sorties", "sorties", FigureQualifier.Exact, 510, "510 sorties"), Figure("sorties", "sorties", FigureQualifier.MoreThan, 510, "more than 510 sorties"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.FigureDiscrepancy, finding.Kind);
        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Equal(
            "sorties: KONASHENKOV (side russia) reports \"510 sorties\" = [510, 510] sorties (a); SOHR (side sohr) reports \"more than 510 sorties\" = (510, ∞) sorties (b); the intervals do not overlap, relative gap 0% (at most the 10% discrepancy threshold).",
            finding.Explanation);
    }

    [Fact]
    public void Exact_1888_against_nearly_1900_is_consistent()
    {
        Assert.Empty(Compare(Count(FigureQualifier.Exact, 1888, "1,888"), Count(FigureQualifier.Nearly, 1900, "nearly 1,900")).Findings);
    }

    [Fact]
    public void Exact_1800_against_nearly_1900_is_a_discrepancy()
    {
        Assert.Equal(FindingKind.FigureDiscrepancy, Assert.Single(Compare(Count(FigureQualifier.Exact, 1800, "1,800"), Count(FigureQualifier.Nearly, 1900, "nearly 1,900")).Findings).Kind);
    }

    [Fact]
    public void Nearly_is_read_from_the_qualifier_never_from_the_words()
    {
        // "nearly" in the display text of a less-than figure means nothing to the engine: less-than is open below.
        Assert.Empty(Compare(Count(FigureQualifier.Exact, 1800, "1,800"), Count(FigureQualifier.LessThan, 1900, "nearly 1,900")).Findings);
        Assert.Single(Compare(Count(FigureQualifier.Exact, 1800, "1,800"), Count(FigureQualifier.Nearly, 1900, "just under 2,000 minus some")).Findings);
    }

    [Fact]
    public void Under_a_value_without_nearly_is_open_below()
    {
        Assert.Empty(Compare(Count(FigureQualifier.Exact, 3, "3"), Count(FigureQualifier.LessThan, 20, "under 20")).Findings);
    }

    [Fact]
    public void About_12_miles_against_12_point_5_miles_is_consistent()
    {
        Assert.Empty(Compare(
            Figure("distance", "mi", FigureQualifier.Approximately, 12, "about 12 miles"),
            Figure("distance", "mi", FigureQualifier.Exact, 12.5m, "12.5 miles (20 kilometers)")).Findings);
    }

    [Fact]
    public void Miles_and_kilometres_are_compared_after_conversion()
    {
        var twelveMiles = Figure("distance", "mi", FigureQualifier.Exact, 12, "12 miles");
        Assert.Empty(Compare(twelveMiles, Figure("distance", "km", FigureQualifier.Exact, 20, "20 km")).Findings);

        var conflict = Assert.Single(Compare(twelveMiles, Figure("distance", "km", FigureQualifier.Exact, 40, "40 km")).Findings);
        Assert.Equal(FindingKind.FigureConflict, conflict.Kind);
        Assert.Contains("= [11.5, 12.5) mi", conflict.Explanation, StringComparison.Ordinal);
        Assert.Contains("= [35, 45) km", conflict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_measures_are_never_compared()
    {
        Assert.Empty(Compare(Count(FigureQualifier.Exact, 10, "10"), Count(FigureQualifier.Exact, 1000, "1,000", measure: "injured")).Findings);
    }

    [Fact]
    public void Different_dimensions_of_one_measure_are_never_compared()
    {
        Assert.Empty(Compare(Figure("size", "km", FigureQualifier.Exact, 10, "10 km"), Figure("size", "people", FigureQualifier.Exact, 1000, "1,000 people")).Findings);
    }

    [Fact]
    public void Zero_against_dozens_is_a_conflict_and_zero_against_zero_is_consistent()
    {
        var zero = Count(FigureQualifier.Exact, 0, "no one");
        Assert.Equal(FindingKind.FigureConflict, Assert.Single(Compare(zero, Figure("killed", "people", FigureQualifier.Vague, null, "dozens", vague: VagueQuantity.Dozens)).Findings).Kind);
        Assert.Empty(Compare(zero, Count(FigureQualifier.Exact, 0, "none")).Findings);
    }

    [Fact]
    public void Closed_bounds_that_touch_overlap_and_open_ones_do_not()
    {
        Assert.Empty(Compare(Count(FigureQualifier.AtLeast, 10, "at least 10"), Count(FigureQualifier.AtMost, 10, "at most 10")).Findings);
        Assert.Equal(FindingKind.FigureDiscrepancy, Assert.Single(Compare(Count(FigureQualifier.MoreThan, 10, "more than 10"), Count(FigureQualifier.AtMost, 10, "at most 10")).Findings).Kind);
    }

    [Fact]
    public void Between_overlapping_an_exact_value_is_consistent_and_far_from_it_conflicts()
    {
        var between = Count(FigureQualifier.Between, 10, "between 10 and 20", upper: 20);
        Assert.Empty(Compare(between, Count(FigureQualifier.Exact, 20, "20")).Findings);
        Assert.Equal(FindingKind.FigureConflict, Assert.Single(Compare(between, Count(FigureQualifier.Exact, 50, "50")).Findings).Kind);
    }

    [Fact]
    public void Figures_over_periods_that_do_not_overlap_are_not_compared()
    {
        var a = Count(FigureQualifier.Exact, 10, "10");
        var b = Count(FigureQualifier.Exact, 1000, "1,000");
        Assert.Empty(Compare(a, b, Day(2016, 2, 10, "Asia/Damascus", 2), Day(2016, 2, 11, "Asia/Damascus", 2)).Findings);
        Assert.Single(Compare(a, b, Day(2016, 2, 10, "Asia/Damascus", 2), Day(2016, 2, 10, "Asia/Damascus", 2)).Findings);
    }

    [Fact]
    public void Relative_gap_threshold_is_configurable()
    {
        var options = DetectionOptions.Default with { Figures = FigurePolicy.Default with { DiscrepancyMaxRelativeGap = 0.9 } };
        var report = ContradictionDetector.Analyze(
            Document([Claim("a", "konashenkov", "i1", Quantity(Count(FigureQualifier.Exact, 10, "10"))), Claim("b", "sohr", "i1", Quantity(Count(FigureQualifier.Exact, 50, "50")))]),
            options);

        Assert.Equal(FindingKind.FigureDiscrepancy, Assert.Single(report.Findings).Kind);
    }

    [Fact]
    public void Rounding_width_is_configurable_and_can_be_turned_off()
    {
        var twelve = Claim("a", "konashenkov", "i1", Quantity(Figure("distance", "mi", FigureQualifier.Exact, 12, "12 miles")));
        var twelveAndAQuarter = Claim("b", "sohr", "i1", Quantity(Figure("distance", "mi", FigureQualifier.Exact, 12.25m, "12.25 miles")));
        var exactOnly = DetectionOptions.Default with { Figures = FigurePolicy.Default with { RoundingWidthScale = 0 } };

        Assert.Empty(ContradictionDetector.Analyze(Document([twelve, twelveAndAQuarter])).Findings);
        Assert.Equal(FindingKind.FigureDiscrepancy, Assert.Single(ContradictionDetector.Analyze(Document([twelve, twelveAndAQuarter]), exactOnly).Findings).Kind);
    }

    [Theory]
    [InlineData("12", "1")]
    [InlineData("510", "10")]
    [InlineData("12.5", "0.1")]
    [InlineData("12.50", "0.1")]
    [InlineData("1900", "100")]
    [InlineData("0", "0")]
    [InlineData("-40", "10")]
    public void Rounding_width_is_one_unit_of_the_last_significant_digit(string value, string width)
    {
        var parsed = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(decimal.Parse(width, System.Globalization.CultureInfo.InvariantCulture), FigureNormalizer.RoundingWidth(parsed));
    }
}
