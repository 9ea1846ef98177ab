using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The interval each qualifier gives a figure (<see cref="FigureNormalizer"/>): which ends are open or
/// closed, how wide exact and approximate values of a continuous unit are, and when a figure has no interval.</summary>
public class FigureBoundsTests
{
    private static NumericInterval Normalize(Figure figure, FigurePolicy? policy = null)
    {
        Assert.True(FigureNormalizer.TryNormalize(figure, policy ?? FigurePolicy.Default, out var interval, out _, out _));
        return interval;
    }

    private static Figure People(FigureQualifier qualifier, decimal? value, decimal? upper = null) =>
        Figure("killed", "people", qualifier, value, "text", upper);

    private static Figure Miles(FigureQualifier qualifier, decimal? value) => Figure("distance", "mi", qualifier, value, "text");

    [Fact]
    public void At_least_is_closed_at_its_value_and_open_above()
    {
        Assert.Equal(new NumericInterval(510, false, double.PositiveInfinity, true), Normalize(People(FigureQualifier.AtLeast, 510)));
    }

    [Fact]
    public void More_than_is_open_at_its_value_and_above()
    {
        Assert.Equal(new NumericInterval(510, true, double.PositiveInfinity, true), Normalize(People(FigureQualifier.MoreThan, 510)));
    }

    [Fact]
    public void At_most_is_open_below_and_closed_at_its_value()
    {
        Assert.Equal(new NumericInterval(double.NegativeInfinity, true, 20, false), Normalize(People(FigureQualifier.AtMost, 20)));
    }

    [Fact]
    public void Less_than_is_open_below_and_at_its_value()
    {
        Assert.Equal(new NumericInterval(double.NegativeInfinity, true, 20, true), Normalize(People(FigureQualifier.LessThan, 20)));
    }

    [Fact]
    public void Between_is_closed_at_both_values()
    {
        Assert.Equal(new NumericInterval(10, false, 20, false), Normalize(People(FigureQualifier.Between, 10, upper: 20)));
    }

    [Fact]
    public void At_most_20_touches_at_least_20_but_less_than_20_does_not()
    {
        var atLeast = Normalize(People(FigureQualifier.AtLeast, 20));

        Assert.True(Normalize(People(FigureQualifier.AtMost, 20)).Overlaps(atLeast));
        Assert.False(Normalize(People(FigureQualifier.LessThan, 20)).Overlaps(atLeast));
        Assert.False(Normalize(People(FigureQualifier.AtMost, 20)).Overlaps(Normalize(People(FigureQualifier.MoreThan, 20))));
    }

    [Fact]
    public void Between_without_an_upper_value_has_no_interval()
    {
        Assert.False(FigureNormalizer.TryNormalize(People(FigureQualifier.Between, 10), FigurePolicy.Default, out _, out _, out _));
    }

    [Theory]
    [InlineData(FigureQualifier.Exact)]
    [InlineData(FigureQualifier.Approximately)]
    [InlineData(FigureQualifier.AtLeast)]
    [InlineData(FigureQualifier.MoreThan)]
    [InlineData(FigureQualifier.AtMost)]
    [InlineData(FigureQualifier.LessThan)]
    [InlineData(FigureQualifier.Nearly)]
    [InlineData(FigureQualifier.Between)]
    public void A_figure_without_a_value_has_no_interval(FigureQualifier qualifier)
    {
        Assert.False(FigureNormalizer.TryNormalize(People(qualifier, null, upper: 20), FigurePolicy.Default, out _, out _, out _));
    }

    [Fact]
    public void A_qualifier_the_engine_does_not_know_has_no_interval()
    {
        Assert.False(FigureNormalizer.TryNormalize(People((FigureQualifier)99, 10), FigurePolicy.Default, out _, out _, out _));
    }

    [Fact]
    public void An_exact_count_is_the_single_value()
    {
        Assert.Equal(new NumericInterval(510, false, 510, false), Normalize(People(FigureQualifier.Exact, 510)));
    }

    [Fact]
    public void An_exact_length_spans_half_a_rounding_unit_each_side_open_above()
    {
        Assert.Equal(new NumericInterval(12.45, false, 12.55, true), Normalize(Miles(FigureQualifier.Exact, 12.5m)));
        Assert.Equal(new NumericInterval(-12.55, false, -12.45, true), Normalize(Miles(FigureQualifier.Exact, -12.5m)));
    }

    [Fact]
    public void An_exact_length_of_zero_is_the_single_closed_value()
    {
        Assert.Equal(new NumericInterval(0, false, 0, false), Normalize(Miles(FigureQualifier.Exact, 0)));
    }

    [Fact]
    public void The_rounding_width_scale_widens_an_exact_length()
    {
        var doubled = FigurePolicy.Default with { RoundingWidthScale = 2 };

        Assert.Equal(new NumericInterval(11, false, 13, true), Normalize(Miles(FigureQualifier.Exact, 12), doubled));
    }

    [Fact]
    public void Exact_lengths_at_the_ends_of_decimal_are_widened_in_double_instead_of_overflowing()
    {
        var top = Normalize(Miles(FigureQualifier.Exact, decimal.MaxValue));
        var bottom = Normalize(Miles(FigureQualifier.Exact, decimal.MinValue));

        // Half a unit either side is below a double's resolution there: the ends are one double, so the interval is
        // closed (an open end would leave it empty).
        Assert.Equal((double)decimal.MaxValue, top.Upper);
        Assert.Equal((top.Upper, false, false), (top.Lower, top.LowerOpen, top.UpperOpen));
        Assert.Equal((double)decimal.MinValue, bottom.Lower);
        Assert.Equal((bottom.Lower, false), (bottom.Upper, bottom.UpperOpen));
        Assert.True(top.Overlaps(top) && bottom.Overlaps(bottom));
    }

    [Fact]
    public void A_rounding_unit_that_reaches_past_the_end_of_decimal_widens_on_both_sides_in_double()
    {
        // 79 followed by 27 zeros: a rounding unit of 10^27, ten of them with this policy, half of that 5 × 10^27 on
        // each side; the upper end (8.4 × 10^28) is past decimal.MaxValue (7.9 × 10^28), so it is summed in double.
        var value = 79_000_000_000_000_000_000_000_000_000m;
        var wide = FigurePolicy.Default with { RoundingWidthScale = 10 };

        var interval = Normalize(Miles(FigureQualifier.Exact, value), wide);

        Assert.Equal((double)value + 5e27, interval.Upper);
        Assert.Equal((double)(value - 5_000_000_000_000_000_000_000_000_000m), interval.Lower);
        Assert.True(interval.Upper > (double)decimal.MaxValue);
    }

    [Fact]
    public void Approximately_is_the_tolerance_around_the_value_when_it_is_wider_than_the_rounding()
    {
        // 12.5: 10% is 1.25, half a rounding unit 0.05.
        Assert.Equal(new NumericInterval(11.25, false, 13.75, false), Normalize(Miles(FigureQualifier.Approximately, 12.5m)));
        Assert.Equal(new NumericInterval(-13.75, false, -11.25, false), Normalize(Miles(FigureQualifier.Approximately, -12.5m)));
    }

    [Fact]
    public void Approximately_is_half_a_rounding_unit_around_the_value_when_that_is_wider()
    {
        // 1900: 10% is 190, half a rounding unit 50; with a 1% tolerance 19 < 50.
        var narrow = FigurePolicy.Default with { ApproximateTolerance = 0.01 };

        Assert.Equal(new NumericInterval(1850, false, 1950, false), Normalize(People(FigureQualifier.Approximately, 1900), narrow));
        Assert.Equal(new NumericInterval(1710, false, 2090, false), Normalize(People(FigureQualifier.Approximately, 1900)));
    }

    [Fact]
    public void Nearly_is_closed_at_the_width_below_and_open_at_the_value()
    {
        Assert.Equal(new NumericInterval(1805, false, 1900, true), Normalize(People(FigureQualifier.Nearly, 1900)));
        Assert.Equal(new NumericInterval(-105, false, -100, true), Normalize(People(FigureQualifier.Nearly, -100)));
    }

    [Fact]
    public void Nearly_zero_is_the_point_zero_so_the_same_figure_agrees_with_itself()
    {
        Assert.Equal(new NumericInterval(0, false, 0, false), Normalize(People(FigureQualifier.Nearly, 0)));
        Assert.Equal(new NumericInterval(1900, false, 1900, false), Normalize(People(FigureQualifier.Nearly, 1900), FigurePolicy.Default with { NearlyWidth = 0 }));

        var nearlyNone = Normalize(People(FigureQualifier.Nearly, 0));
        Assert.True(nearlyNone.Overlaps(nearlyNone));
        Assert.True(nearlyNone.Overlaps(Normalize(People(FigureQualifier.Exact, 0))));
        Assert.False(nearlyNone.Overlaps(Normalize(People(FigureQualifier.Exact, 1))));
    }

    [Fact]
    public void A_vague_word_is_closed_at_its_lower_bound_and_open_at_its_upper_bound()
    {
        var figure = Figure("killed", "people", FigureQualifier.Vague, null, "dozens", vague: VagueQuantity.Dozens);

        Assert.Equal(new NumericInterval(24, false, 100, true), Normalize(figure));
    }

    [Fact]
    public void A_vague_figure_without_a_word_or_with_a_word_the_policy_lacks_has_no_interval()
    {
        var noWord = Figure("killed", "people", FigureQualifier.Vague, null, "some");
        var unknown = Figure("killed", "people", FigureQualifier.Vague, null, "dozens", vague: VagueQuantity.Dozens);
        var withoutDozens = FigurePolicy.Default with { VagueBounds = new Dictionary<VagueQuantity, VagueBounds> { [VagueQuantity.Several] = new(2, 10) } };

        Assert.False(FigureNormalizer.TryNormalize(noWord, FigurePolicy.Default, out _, out _, out _));
        Assert.False(FigureNormalizer.TryNormalize(unknown, withoutDozens, out _, out _, out _));
    }

    [Fact]
    public void A_known_unit_gives_its_dimension_and_factor_and_a_count_is_its_own_dimension()
    {
        Assert.True(FigureNormalizer.TryNormalize(Miles(FigureQualifier.Exact, 12), FigurePolicy.Default, out _, out var dimension, out var factor));
        Assert.Equal(("length", 1609.344), (dimension, factor));

        Assert.True(FigureNormalizer.TryNormalize(People(FigureQualifier.Exact, 12), FigurePolicy.Default, out _, out dimension, out factor));
        Assert.Equal(("people", 1.0), (dimension, factor));
    }

    [Fact]
    public void A_unit_the_policy_marks_discrete_is_exact_at_its_value()
    {
        var discrete = FigurePolicy.Default with { Units = new Dictionary<string, UnitDefinition>(StringComparer.Ordinal) { ["mi"] = new("length", 1609.344, Continuous: false) } };

        Assert.Equal(new NumericInterval(12.5, false, 12.5, false), Normalize(Miles(FigureQualifier.Exact, 12.5m), discrete));
    }

    [Fact]
    public void An_exact_figure_with_more_digits_than_a_double_holds_is_the_closed_point_and_agrees_with_itself()
    {
        // Rounded at the 25th decimal: both ends of [v − half, v + half) are the same double, so an open upper end would
        // leave an empty interval that overlaps nothing, not even an equal figure.
        var precise = Miles(FigureQualifier.Exact, 572.0243902439024390243902439m);
        var interval = Normalize(precise);

        Assert.Equal(new NumericInterval(572.0243902439024, false, 572.0243902439024, false), interval);
        Assert.True(interval.Overlaps(interval));
        Assert.Equal(new NumericInterval(11.5, false, 12.5, true), Normalize(Miles(FigureQualifier.Exact, 12)));

        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "usa", "i1", Quantity(precise)), Claim("c2", "russia", "i1", Quantity(precise))]));
        Assert.Empty(report.Findings);
    }
}
