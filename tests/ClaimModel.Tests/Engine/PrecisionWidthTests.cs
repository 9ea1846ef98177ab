using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>How an absolute time without an end widens to its precision's whole unit in its own zone
/// (<see cref="TimeResolver"/>): hour, day, ISO week (Monday to Monday, whatever the day), month, year; an exact
/// instant lasts the policy's exact width; a part of the day narrows a day and only a day.</summary>
public class PrecisionWidthTests
{
    private static readonly TimeSpan Moscow = TimeSpan.FromHours(3);

    private static ResolvedTime Resolve(DateTimeOffset start, TimePrecision precision, DayPart? part = null, TimePolicy? policy = null, string? zone = "Europe/Moscow") =>
        new TimeResolver(policy ?? TimePolicy.Default).Resolve(new TimeSpec { Start = start, Precision = precision, PartOfDay = part, TimeZone = zone }, null, null)!;

    [Theory]
    [InlineData(8, "2016-02-08")] // Monday
    [InlineData(10, "2016-02-08")] // Wednesday
    [InlineData(13, "2016-02-08")] // Saturday
    [InlineData(14, "2016-02-08")] // Sunday: the week that began on the Monday before
    [InlineData(15, "2016-02-15")] // the next Monday starts the next week
    public void Week_precision_is_the_ISO_week_from_Monday_whatever_the_day(int day, string monday)
    {
        var resolved = Resolve(new DateTimeOffset(2016, 2, day, 15, 30, 0, Moscow), TimePrecision.Week);

        Assert.Equal($"{monday} 00:00–{DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture).AddDays(7):yyyy-MM-dd} 00:00 Europe/Moscow", resolved.ToString());
        Assert.Equal(TimeSpan.FromDays(7), resolved.End - resolved.Start);
    }

    [Fact]
    public void Hour_precision_is_the_whole_local_hour()
    {
        var resolved = Resolve(new DateTimeOffset(2016, 2, 10, 15, 30, 45, Moscow), TimePrecision.Hour);

        Assert.Equal(new DateTimeOffset(2016, 2, 10, 15, 0, 0, Moscow), resolved.Start);
        Assert.Equal(new DateTimeOffset(2016, 2, 10, 16, 0, 0, Moscow), resolved.End);
    }

    [Fact]
    public void Day_month_and_year_precision_are_the_whole_local_unit()
    {
        var instant = new DateTimeOffset(2016, 2, 10, 15, 30, 0, Moscow);

        Assert.Equal("2016-02-10 00:00–24:00 Europe/Moscow", Resolve(instant, TimePrecision.Day).ToString());
        Assert.Equal("2016-02-01 00:00–2016-03-01 00:00 Europe/Moscow", Resolve(instant, TimePrecision.Month).ToString());
        Assert.Equal("2016-01-01 00:00–2017-01-01 00:00 Europe/Moscow", Resolve(instant, TimePrecision.Year).ToString());
    }

    [Fact]
    public void An_exact_instant_lasts_the_policys_exact_width()
    {
        var instant = new DateTimeOffset(2016, 2, 10, 15, 30, 0, Moscow);

        Assert.Equal(instant.AddMinutes(1), Resolve(instant, TimePrecision.Exact).End);
        Assert.Equal(instant.AddMinutes(5), Resolve(instant, TimePrecision.Exact, policy: TimePolicy.Default with { ExactWidth = TimeSpan.FromMinutes(5) }).End);
        Assert.Equal(instant, Resolve(instant, TimePrecision.Exact).Start);
    }

    [Fact]
    public void A_precision_the_engine_does_not_know_lasts_one_minute()
    {
        var instant = new DateTimeOffset(2016, 2, 10, 15, 30, 0, Moscow);

        var resolved = Resolve(instant, (TimePrecision)99);

        Assert.Equal((instant, instant.AddMinutes(1)), (resolved.Start, resolved.End));
    }

    [Fact]
    public void A_part_of_the_day_narrows_a_day_but_not_an_hour_or_a_month()
    {
        var instant = new DateTimeOffset(2016, 2, 10, 15, 30, 0, Moscow);

        Assert.Equal("2016-02-10 17:00–24:00 Europe/Moscow", Resolve(instant, TimePrecision.Day, DayPart.Evening).ToString());
        Assert.Equal("2016-02-10 15:00–16:00 Europe/Moscow", Resolve(instant, TimePrecision.Hour, DayPart.Evening).ToString());
        Assert.Equal("2016-02-01 00:00–2016-03-01 00:00 Europe/Moscow", Resolve(instant, TimePrecision.Month, DayPart.Evening).ToString());
    }

    [Fact]
    public void A_part_of_the_day_the_policy_lacks_leaves_the_whole_day()
    {
        var withoutEvening = TimePolicy.Default with { DayParts = new Dictionary<DayPart, DayPartBounds> { [DayPart.Morning] = new(TimeSpan.FromHours(6), TimeSpan.FromHours(12)) } };

        var resolved = Resolve(new DateTimeOffset(2016, 2, 10, 0, 0, 0, Moscow), TimePrecision.Day, DayPart.Evening, withoutEvening);

        Assert.Equal("2016-02-10 00:00–24:00 Europe/Moscow", resolved.ToString());
    }

    [Fact]
    public void An_absolute_time_is_resolved_once_per_value()
    {
        var resolver = new TimeResolver(TimePolicy.Default);
        TimeSpec Spec() => new() { Start = new DateTimeOffset(2016, 2, 10, 0, 0, 0, Moscow), Precision = TimePrecision.Day, TimeZone = "Europe/Moscow" };

        Assert.Same(resolver.Resolve(Spec(), null, null), resolver.Resolve(Spec(), null, null));
    }
}
