using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>What a relative day ("yesterday", "on Monday") is resolved against (<see cref="TimeResolver"/>): the
/// statement's time, else the publication time; the anchor's own local day; the anchor's zone when the relative day
/// has none of its own; and no answer without an anchor or outside the calendar.</summary>
public class RelativeDayAnchorTests
{
    private static readonly TimeSpec SaidThursdayInTokyo = new()
    {
        Start = new DateTimeOffset(2016, 4, 28, 0, 0, 0, TimeSpan.FromHours(9)),
        Precision = TimePrecision.Day,
        TimeZone = "Asia/Tokyo",
    };

    private static TimeSpec Relative(int? offset = null, DayOfWeek? weekday = null, string? zone = null, DayPart? part = null, string? text = null) => new()
    {
        Text = text,
        Relative = new RelativeDay { Offset = offset, Weekday = weekday },
        Precision = TimePrecision.Day,
        TimeZone = zone,
        PartOfDay = part,
    };

    private static ResolvedTime? Resolve(TimeSpec spec, TimeSpec? statedAt, TimeSpec? published = null) =>
        new TimeResolver(TimePolicy.Default).Resolve(spec, statedAt, published);

    [Fact]
    public void A_relative_day_without_a_zone_of_its_own_is_a_day_in_the_anchors_zone()
    {
        var resolved = Resolve(Relative(-1, text: "yesterday"), SaidThursdayInTokyo)!;

        Assert.Equal("2016-04-27 00:00–24:00 Asia/Tokyo (yesterday, said 2016-04-28)", resolved.ToString());
        Assert.Equal(new DateTimeOffset(2016, 4, 27, 0, 0, 0, TimeSpan.FromHours(9)), resolved.Start);
        Assert.Equal("Asia/Tokyo", resolved.Zone!.Id);
    }

    [Fact]
    public void A_relative_day_without_a_zone_against_a_fixed_offset_anchor_keeps_the_offset()
    {
        var saidAtOffset = new TimeSpec { Start = new DateTimeOffset(2016, 4, 28, 10, 0, 0, TimeSpan.FromHours(-4.5)), Precision = TimePrecision.Day };

        var resolved = Resolve(Relative(-1), saidAtOffset)!;

        Assert.Equal(new DateTimeOffset(2016, 4, 27, 0, 0, 0, TimeSpan.FromHours(-4.5)), resolved.Start);
        Assert.Equal(new DateTimeOffset(2016, 4, 28, 0, 0, 0, TimeSpan.FromHours(-4.5)), resolved.End);
        Assert.Equal("UTC-04:30", resolved.ZoneName);
        Assert.Null(resolved.Zone);
    }

    [Fact]
    public void A_relative_day_with_its_own_zone_counts_from_the_anchors_local_day()
    {
        // Thursday in Tokyo began on Wednesday afternoon in New York: "yesterday" is still Wednesday, in New York.
        var resolved = Resolve(Relative(-1, zone: "America/New_York"), SaidThursdayInTokyo)!;

        Assert.Equal("2016-04-27 00:00–24:00 America/New_York (said 2016-04-28)", resolved.ToString());
        Assert.Equal(new DateOnly(2016, 4, 28), resolved.SaidOn);
    }

    [Fact]
    public void An_exact_anchor_is_read_on_the_relative_days_own_clock()
    {
        // 02:00 UTC on the 28th is still the 27th in New York.
        var saidAt = new TimeSpec { Start = new DateTimeOffset(2016, 4, 28, 2, 0, 0, TimeSpan.Zero), Precision = TimePrecision.Exact, TimeZone = "Etc/UTC" };

        var resolved = Resolve(Relative(-1, zone: "America/New_York"), saidAt)!;

        Assert.Equal("2016-04-26 00:00–24:00 America/New_York (said 2016-04-27)", resolved.ToString());
    }

    [Theory]
    [InlineData(DayOfWeek.Thursday, 28)]
    [InlineData(DayOfWeek.Wednesday, 27)]
    [InlineData(DayOfWeek.Monday, 25)]
    [InlineData(DayOfWeek.Sunday, 24)]
    [InlineData(DayOfWeek.Friday, 22)]
    public void A_weekday_is_the_latest_such_day_on_or_before_the_anchor(DayOfWeek weekday, int day)
    {
        var resolved = Resolve(Relative(weekday: weekday), SaidThursdayInTokyo)!;

        Assert.Equal(new DateTimeOffset(2016, 4, day, 0, 0, 0, TimeSpan.FromHours(9)), resolved.Start);
    }

    [Fact]
    public void A_day_offset_counts_forward_too()
    {
        Assert.Equal(new DateTimeOffset(2016, 4, 30, 0, 0, 0, TimeSpan.FromHours(9)), Resolve(Relative(2), SaidThursdayInTokyo)!.Start);
    }

    [Fact]
    public void A_relative_day_narrows_to_its_part_of_the_day()
    {
        var resolved = Resolve(Relative(-1, part: DayPart.Night), SaidThursdayInTokyo)!;

        Assert.Equal("2016-04-27 20:00–2016-04-28 06:00 Asia/Tokyo (said 2016-04-28)", resolved.ToString());
    }

    [Fact]
    public void Without_a_statement_time_the_publication_time_is_the_anchor()
    {
        Assert.Equal(new DateTimeOffset(2016, 4, 27, 0, 0, 0, TimeSpan.FromHours(9)), Resolve(Relative(-1), null, SaidThursdayInTokyo)!.Start);
    }

    [Fact]
    public void A_relative_day_that_is_its_own_statement_time_is_resolved_against_the_publication_time()
    {
        var yesterday = Relative(-1);

        Assert.Equal(new DateTimeOffset(2016, 4, 27, 0, 0, 0, TimeSpan.FromHours(9)), Resolve(yesterday, yesterday, SaidThursdayInTokyo)!.Start);
    }

    [Fact]
    public void A_relative_day_that_is_its_own_only_anchor_is_not_resolved()
    {
        var yesterday = Relative(-1);

        Assert.Null(Resolve(yesterday, null, yesterday));
        Assert.Null(Resolve(yesterday, yesterday, null));
    }

    [Fact]
    public void A_relative_statement_time_is_itself_resolved_against_the_publication_time()
    {
        // Said "on Monday" in an article of Thursday the 28th: "the day before" is Sunday the 24th.
        var resolved = Resolve(Relative(-1), Relative(weekday: DayOfWeek.Monday), SaidThursdayInTokyo)!;

        Assert.Equal(new DateTimeOffset(2016, 4, 24, 0, 0, 0, TimeSpan.FromHours(9)), resolved.Start);
    }

    [Fact]
    public void A_relative_anchor_without_an_anchor_of_its_own_leaves_the_day_unresolved()
    {
        Assert.Null(Resolve(Relative(-1), null, Relative(weekday: DayOfWeek.Monday)));
        Assert.Null(Resolve(Relative(-1), Relative(weekday: DayOfWeek.Monday), null));
    }

    [Fact]
    public void A_relative_day_with_neither_an_offset_nor_a_weekday_is_not_resolved()
    {
        Assert.Null(Resolve(Relative(), SaidThursdayInTokyo));
    }

    [Fact]
    public void A_time_with_neither_a_start_nor_a_relative_day_is_not_resolved()
    {
        Assert.Null(Resolve(new TimeSpec { Precision = TimePrecision.Day, TimeZone = "Asia/Tokyo" }, SaidThursdayInTokyo));
    }

    [Fact]
    public void A_relative_day_before_the_first_day_of_the_calendar_is_not_resolved()
    {
        var firstDay = new TimeSpec { Start = new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero), Precision = TimePrecision.Day };

        Assert.Null(Resolve(Relative(-1), firstDay));
        Assert.NotNull(Resolve(Relative(0), firstDay));
    }
}
