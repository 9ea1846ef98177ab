using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>A time without a known zone is shown at its fixed offset with the offset's sign ("UTC-05:00"), and a
/// part of the day at a negative offset is that many hours later in UTC (<see cref="TimeResolver"/>).</summary>
public class FixedOffsetZoneNameTests
{
    private static ResolvedTime Resolve(double offsetHours, string? zone = null, DayPart? part = null) =>
        new TimeResolver(TimePolicy.Default).Resolve(
            new TimeSpec { Start = new DateTimeOffset(2016, 4, 27, 0, 0, 0, TimeSpan.FromHours(offsetHours)), Precision = TimePrecision.Day, TimeZone = zone, PartOfDay = part },
            null,
            null)!;

    [Theory]
    [InlineData(-5, "UTC-05:00")]
    [InlineData(-4.5, "UTC-04:30")]
    [InlineData(0, "UTC+00:00")]
    [InlineData(5.75, "UTC+05:45")]
    public void A_time_without_a_zone_is_named_by_its_signed_offset(double offsetHours, string name)
    {
        Assert.Equal(name, Resolve(offsetHours).ZoneName);
    }

    [Fact]
    public void A_zone_id_the_database_does_not_know_is_named_by_the_offset()
    {
        var resolved = Resolve(-3, "Mars/Olympus_Mons");

        Assert.Equal("UTC-03:00", resolved.ZoneName);
        Assert.Null(resolved.Zone);
    }

    [Fact]
    public void An_evening_at_a_negative_offset_is_later_in_UTC()
    {
        var resolved = Resolve(-5, part: DayPart.Evening);

        Assert.Equal(new DateTimeOffset(2016, 4, 27, 22, 0, 0, TimeSpan.Zero), resolved.Start.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2016, 4, 28, 5, 0, 0, TimeSpan.Zero), resolved.End.ToUniversalTime());
        Assert.Equal("2016-04-27 17:00–24:00 UTC-05:00", resolved.ToString());
    }

    [Fact]
    public void A_morning_at_a_positive_offset_is_earlier_in_UTC()
    {
        var resolved = Resolve(5.75, part: DayPart.Morning);

        Assert.Equal(new DateTimeOffset(2016, 4, 27, 0, 15, 0, TimeSpan.Zero), resolved.Start.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2016, 4, 27, 6, 15, 0, TimeSpan.Zero), resolved.End.ToUniversalTime());
    }
}
