using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>The intervals figures are compared by (<see cref="NumericInterval"/>): whether two overlap (touching
/// closed ends do, an open end at the meeting point does not), what both hold (an open end wins on a tie), the gap
/// between two that do not overlap relative to the larger facing bound (symmetric; 0 at zero), and the text.</summary>
public class IntervalIntersectionAndGapTests
{
    private static NumericInterval Closed(double lower, double upper) => new(lower, false, upper, false);

    [Fact]
    public void Touching_closed_ends_overlap_and_an_open_end_at_the_meeting_point_does_not()
    {
        Assert.True(Closed(0, 1).Overlaps(Closed(1, 2)));
        Assert.True(Closed(1, 2).Overlaps(Closed(0, 1)));
        Assert.False(new NumericInterval(0, false, 1, true).Overlaps(Closed(1, 2)));
        Assert.False(Closed(1, 2).Overlaps(new NumericInterval(0, false, 1, true)));
        Assert.False(Closed(0, 1).Overlaps(new NumericInterval(1, true, 2, false)));
        Assert.False(new NumericInterval(1, true, 2, false).Overlaps(Closed(0, 1)));
        Assert.False(Closed(0, 1).Overlaps(Closed(2, 3)));
        Assert.True(Closed(0, 3).Overlaps(Closed(1, 2)));
    }

    [Fact]
    public void The_intersection_takes_the_inner_bounds_and_an_open_end_wins_a_tie_from_either_side()
    {
        Assert.Equal(new NumericInterval(2, true, 3, false), new NumericInterval(1, false, 3, false).Intersection(new NumericInterval(2, true, 4, true)));
        Assert.Equal(new NumericInterval(2, true, 3, false), new NumericInterval(2, true, 4, true).Intersection(new NumericInterval(1, false, 3, false)));

        Assert.Equal(new NumericInterval(1, true, 3, true), Closed(1, 3).Intersection(new NumericInterval(1, true, 3, true)));
        Assert.Equal(new NumericInterval(1, true, 3, true), new NumericInterval(1, true, 3, true).Intersection(Closed(1, 3)));
        Assert.Equal(Closed(1, 3), Closed(1, 3).Intersection(Closed(1, 3)));
    }

    [Fact]
    public void An_inner_bound_keeps_its_own_end_whatever_the_outer_bound_is()
    {
        // The inner lower bound is closed and the outer one open (and the other way round): no tie, so the inner one's
        // end is kept, from either side.
        Assert.Equal(new NumericInterval(2, false, 3, true), Closed(2, 4).Intersection(new NumericInterval(1, true, 3, true)));
        Assert.Equal(new NumericInterval(2, false, 3, true), new NumericInterval(1, true, 3, true).Intersection(Closed(2, 4)));
        Assert.Equal(new NumericInterval(2, true, 3, false), new NumericInterval(2, true, 5, true).Intersection(Closed(1, 3)));
        Assert.Equal(new NumericInterval(2, true, 3, false), Closed(1, 3).Intersection(new NumericInterval(2, true, 5, true)));
        Assert.Equal("[2, 3)", Closed(2, 4).Intersection(new NumericInterval(1, true, 3, true)).ToString());
    }

    [Fact]
    public void The_relative_gap_is_the_distance_over_the_larger_facing_bound_in_either_order()
    {
        Assert.Equal(0.5, NumericInterval.RelativeGap(Closed(1, 2), Closed(4, 5)));
        Assert.Equal(0.5, NumericInterval.RelativeGap(Closed(4, 5), Closed(1, 2)));
        Assert.Equal(4.0 / 3, NumericInterval.RelativeGap(Closed(-4, -3), Closed(1, 2)), 12);
        Assert.Equal(0, NumericInterval.RelativeGap(Closed(0, 3), Closed(1, 2)));
        Assert.Equal(0, NumericInterval.RelativeGap(Closed(0, 1), Closed(1, 2)));
    }

    [Fact]
    public void Intervals_that_meet_at_zero_with_an_open_end_have_no_gap()
    {
        Assert.Equal(0, NumericInterval.RelativeGap(new NumericInterval(-1, false, 0, true), Closed(0, 1)));
        Assert.Equal(0, NumericInterval.RelativeGap(Closed(0, 1), new NumericInterval(-1, false, 0, true)));
    }

    [Fact]
    public void Scaling_and_rounding_keep_the_open_ends()
    {
        Assert.Equal(new NumericInterval(3, true, 7.5, false), new NumericInterval(2, true, 5, false).Scale(1.5));
        Assert.Equal(new NumericInterval(0.000001, false, 19312.128, true), new NumericInterval(0.0000012, false, 19312.128000000001, true).Rounded());
    }

    [Fact]
    public void The_text_shows_open_and_closed_ends_and_infinite_bounds()
    {
        Assert.Equal("[11.5, 12.5)", new NumericInterval(11.5, false, 12.5, true).ToString());
        Assert.Equal("(510, ∞)", new NumericInterval(510, true, double.PositiveInfinity, true).ToString());
        Assert.Equal("(−∞, -3]", new NumericInterval(double.NegativeInfinity, true, -3, false).ToString());
    }
}
