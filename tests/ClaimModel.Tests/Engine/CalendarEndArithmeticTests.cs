using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>Date and time arithmetic at the ends of the calendar (<see cref="ClampedTime"/>): a result that lands
/// exactly on the first or the last tick is still computed (and keeps its offset when the local time there fits);
/// one a tick beyond saturates.</summary>
public class CalendarEndArithmeticTests
{
    private static readonly TimeSpan East = TimeSpan.FromHours(5);
    private static readonly TimeSpan West = TimeSpan.FromHours(-5);

    [Fact]
    public void A_span_that_reaches_the_last_instant_exactly_keeps_the_offset_and_one_tick_more_saturates()
    {
        var start = new DateTimeOffset(9999, 12, 31, 18, 0, 0, West); // 23:00 UTC
        var toLast = TimeSpan.FromTicks(DateTimeOffset.MaxValue.UtcTicks - start.UtcTicks);

        var last = ClampedTime.Add(start, toLast);
        Assert.Equal(DateTimeOffset.MaxValue.UtcTicks, last.UtcTicks);
        Assert.Equal(West, last.Offset);

        var beyond = ClampedTime.Add(start, toLast + TimeSpan.FromTicks(1));
        Assert.Equal(DateTimeOffset.MaxValue, beyond);
        Assert.Equal(TimeSpan.Zero, beyond.Offset);
    }

    [Fact]
    public void A_span_back_to_the_first_instant_exactly_keeps_the_offset_and_one_tick_more_saturates()
    {
        var start = new DateTimeOffset(1, 1, 1, 6, 0, 0, East); // 01:00 UTC
        var toFirst = TimeSpan.FromTicks(-start.UtcTicks);

        var first = ClampedTime.Add(start, toFirst);
        Assert.Equal(0, first.UtcTicks);
        Assert.Equal(East, first.Offset);

        var beyond = ClampedTime.Add(start, toFirst - TimeSpan.FromTicks(1));
        Assert.Equal(DateTimeOffset.MinValue, beyond);
        Assert.Equal(TimeSpan.Zero, beyond.Offset);
    }

    [Fact]
    public void A_sum_whose_local_time_is_the_last_or_first_tick_keeps_the_offset_and_one_beyond_it_is_in_utc()
    {
        var east = new DateTimeOffset(9999, 12, 31, 12, 0, 0, East);
        var toLocalLast = TimeSpan.FromTicks(DateTime.MaxValue.Ticks - east.Ticks);
        Assert.Equal(East, ClampedTime.Add(east, toLocalLast).Offset);
        Assert.Equal(DateTime.MaxValue, ClampedTime.Add(east, toLocalLast).DateTime);

        var pastLocal = ClampedTime.Add(east, toLocalLast + TimeSpan.FromTicks(1));
        Assert.Equal(TimeSpan.Zero, pastLocal.Offset);
        Assert.Equal(east.UtcTicks + toLocalLast.Ticks + 1, pastLocal.UtcTicks);

        var west = new DateTimeOffset(1, 1, 1, 12, 0, 0, West);
        var toLocalFirst = TimeSpan.FromTicks(-west.Ticks);
        Assert.Equal(West, ClampedTime.Add(west, toLocalFirst).Offset);
        Assert.Equal(DateTime.MinValue, ClampedTime.Add(west, toLocalFirst).DateTime);

        var beforeLocal = ClampedTime.Add(west, toLocalFirst - TimeSpan.FromTicks(1));
        Assert.Equal(TimeSpan.Zero, beforeLocal.Offset);
        Assert.Equal(west.UtcTicks + toLocalFirst.Ticks - 1, beforeLocal.UtcTicks);
    }

    [Fact]
    public void A_local_time_plus_a_span_saturates_at_the_first_and_last_tick()
    {
        Assert.Equal(DateTime.MaxValue, ClampedTime.Add(DateTime.MaxValue.AddTicks(-1), TimeSpan.FromTicks(1)));
        Assert.Equal(DateTime.MaxValue, ClampedTime.Add(DateTime.MaxValue.AddTicks(-1), TimeSpan.FromTicks(2)));
        Assert.Equal(DateTime.MinValue, ClampedTime.Add(DateTime.MinValue.AddTicks(1), TimeSpan.FromTicks(-1)));
        Assert.Equal(DateTime.MinValue, ClampedTime.Add(DateTime.MinValue.AddTicks(1), TimeSpan.FromTicks(-2)));
        Assert.Equal(new DateTime(2016, 2, 11, 0, 0, 0, DateTimeKind.Utc), ClampedTime.Add(new DateTime(2016, 2, 10, 0, 0, 0, DateTimeKind.Utc), TimeSpan.FromDays(1)));
        Assert.Equal(DateTimeKind.Utc, ClampedTime.Add(new DateTime(2016, 2, 10, 0, 0, 0, DateTimeKind.Utc), TimeSpan.FromDays(1)).Kind);
    }

    [Fact]
    public void December_9999_is_the_last_month_reached_and_January_of_year_1_the_first()
    {
        Assert.Equal(new DateTime(9999, 12, 15), ClampedTime.AddMonths(new DateTime(9999, 11, 15), 1));
        Assert.Equal(DateTime.MaxValue, ClampedTime.AddMonths(new DateTime(9999, 12, 15), 1));
        Assert.Equal(new DateTime(1, 1, 15), ClampedTime.AddMonths(new DateTime(1, 2, 15), -1));
        Assert.Equal(DateTime.MinValue, ClampedTime.AddMonths(new DateTime(1, 1, 15), -1));
        Assert.Equal(new DateTime(2017, 2, 10), ClampedTime.AddMonths(new DateTime(2016, 2, 10), 12));
    }

    [Fact]
    public void The_first_and_last_days_of_the_calendar_are_reached_and_a_day_beyond_is_none()
    {
        Assert.Equal(DateOnly.MinValue, ClampedTime.AddDays(DateOnly.MinValue.AddDays(1), -1));
        Assert.Null(ClampedTime.AddDays(DateOnly.MinValue, -1));
        Assert.Equal(DateOnly.MaxValue, ClampedTime.AddDays(DateOnly.MaxValue.AddDays(-1), 1));
        Assert.Null(ClampedTime.AddDays(DateOnly.MaxValue, 1));
        Assert.Equal(new DateOnly(2016, 3, 1), ClampedTime.AddDays(new DateOnly(2016, 2, 28), 2));
    }

    [Fact]
    public void A_local_time_whose_instant_is_the_first_or_last_tick_keeps_its_offset_and_one_beyond_saturates()
    {
        var first = ClampedTime.FromLocal(new DateTime(1, 1, 1, 5, 0, 0), East);
        Assert.Equal((0L, East), (first.UtcTicks, first.Offset));
        var before = ClampedTime.FromLocal(new DateTime(1, 1, 1, 5, 0, 0).AddTicks(-1), East);
        Assert.Equal((DateTimeOffset.MinValue, TimeSpan.Zero), (before, before.Offset));

        var lastLocal = DateTime.MaxValue.AddHours(-5);
        var last = ClampedTime.FromLocal(lastLocal, West);
        Assert.Equal((DateTimeOffset.MaxValue.UtcTicks, West), (last.UtcTicks, last.Offset));
        var after = ClampedTime.FromLocal(lastLocal.AddTicks(1), West);
        Assert.Equal((DateTimeOffset.MaxValue, TimeSpan.Zero), (after, after.Offset));
    }

    [Fact]
    public void An_offset_of_whole_minutes_up_to_fourteen_hours_is_kept_and_any_other_is_read_in_utc()
    {
        var local = new DateTime(2016, 2, 10, 12, 0, 0);
        foreach (var kept in new[] { TimeSpan.FromHours(14), TimeSpan.FromHours(-14), TimeSpan.FromMinutes(345), TimeSpan.Zero })
        {
            var instant = ClampedTime.FromLocal(local, kept);
            Assert.Equal((local, kept), (instant.DateTime, instant.Offset));
        }

        foreach (var utc in new[] { TimeSpan.FromHours(14) + TimeSpan.FromMinutes(1), TimeSpan.FromHours(-15), TimeSpan.FromSeconds(30) })
        {
            var instant = ClampedTime.FromLocal(local, utc);
            Assert.Equal((local.Ticks - utc.Ticks, TimeSpan.Zero), (instant.UtcTicks, instant.Offset));
        }
    }

    [Fact]
    public void The_local_time_at_an_offset_saturates_at_the_first_and_last_tick()
    {
        Assert.Equal(new DateTime(2016, 2, 10, 5, 0, 0), ClampedTime.ToLocal(new DateTimeOffset(2016, 2, 10, 0, 0, 0, TimeSpan.Zero), East));
        Assert.Equal(DateTimeKind.Unspecified, ClampedTime.ToLocal(new DateTimeOffset(2016, 2, 10, 0, 0, 0, TimeSpan.Zero), East).Kind);
        Assert.Equal(DateTime.MaxValue, ClampedTime.ToLocal(DateTimeOffset.MaxValue, East));
        Assert.Equal(DateTime.MinValue, ClampedTime.ToLocal(DateTimeOffset.MinValue, West));
    }
}
