using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>The days a presence entry is filed under (<see cref="TimeCells"/>): UTC days from the start to the last
/// instant before the exclusive end; timeless when unknown, clamped at the end of the calendar, inverted, wider than
/// <see cref="TimeCells.MaxDays"/> days, or filed under more than <see cref="TimeCells.MaxFilings"/> cells × days.</summary>
public class TimeCellsTests
{
    private static readonly DateTimeOffset Day0 = new(2016, 2, 10, 0, 0, 0, TimeSpan.Zero);

    private static ResolvedTime Time(DateTimeOffset start, DateTimeOffset end) => new(start, end, null, TimeSpan.Zero, "UTC", null, null);

    private static (bool Narrow, int Days) Days(ResolvedTime? when, int places = 1)
    {
        var narrow = TimeCells.TryGetDays(when, places, out var first, out var last);
        return (narrow, last - first + 1);
    }

    [Fact]
    public void A_day_ending_at_midnight_is_one_day_and_one_tick_more_reaches_the_next()
    {
        Assert.Equal((true, 1), Days(Time(Day0, Day0.AddDays(1))));
        Assert.Equal((true, 2), Days(Time(Day0, Day0.AddDays(1).AddTicks(1))));
        Assert.Equal((true, 2), Days(Time(Day0.AddHours(20), Day0.AddHours(30))));
    }

    [Fact]
    public void Eight_days_are_filed_day_by_day_and_nine_are_timeless()
    {
        Assert.Equal((true, 8), Days(Time(Day0, Day0.AddDays(8))));
        Assert.False(Days(Time(Day0, Day0.AddDays(8).AddTicks(1))).Narrow);
    }

    [Fact]
    public void Cells_times_days_above_the_limit_are_timeless()
    {
        Assert.Equal((true, 2), Days(Time(Day0, Day0.AddDays(2)), places: TimeCells.MaxFilings / 2));
        Assert.False(Days(Time(Day0, Day0.AddDays(2)), places: (TimeCells.MaxFilings / 2) + 1).Narrow);
    }

    [Fact]
    public void An_empty_interval_has_no_day_and_an_inverted_unknown_or_clamped_one_is_timeless()
    {
        Assert.Equal((true, 0), Days(Time(Day0, Day0)));
        Assert.Equal((true, 0), Days(Time(Day0.AddHours(13), Day0.AddHours(13)))); // an instant within a day, too
        Assert.False(Days(Time(Day0, Day0.AddTicks(-1))).Narrow);
        Assert.False(Days(null).Narrow);
        Assert.False(Days(Time(Day0, DateTimeOffset.MaxValue)).Narrow);
    }

    [Fact]
    public void The_first_shared_day_is_the_later_of_the_two_first_days()
    {
        var later = Time(Day0.AddDays(2), Day0.AddDays(5));
        var first = (int)(Day0.UtcTicks / TimeSpan.TicksPerDay); // 2016-02-10 as a day number

        Assert.True(TimeCells.IsFirstSharedDay(first + 2, first, later));
        Assert.False(TimeCells.IsFirstSharedDay(first + 3, first, later));
        Assert.True(TimeCells.IsFirstSharedDay(first + 4, first + 4, later));
    }
}
