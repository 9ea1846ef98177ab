using NodaTime;

namespace ClaimModel.Tests.TimeZones;

/// <summary><c>LocalTimeRule.Resolve</c> reads a zone's intervals itself; it gives what NodaTime's
/// <c>DateTimeZone.MapLocal</c> gives (the reference below) for every zone of the database, at and around every
/// transition from 1850 to 2100 and at the ends of the calendar, as the start and as the end of an interval.</summary>
public sealed class LocalTimeRuleTests
{
    private const long UnixEpochTicks = 621_355_968_000_000_000;

    private static readonly long[] Around =
    [
        0, 1, -1, TimeSpan.TicksPerSecond, -TimeSpan.TicksPerSecond, 30 * TimeSpan.TicksPerMinute, -30 * TimeSpan.TicksPerMinute,
        TimeSpan.TicksPerHour, -TimeSpan.TicksPerHour, TimeSpan.TicksPerDay, -TimeSpan.TicksPerDay,
    ];

    /// <summary>The rule as NodaTime's mapping states it.</summary>
    private static (DateTime Local, TimeSpan Offset) Reference(DateTime local, DateTimeZone zone, bool end)
    {
        var mapping = zone.MapLocal(LocalDateTime.FromDateTime(local));
        switch (mapping.Count)
        {
            case 1:
                return (local, mapping.EarlyInterval.WallOffset.ToTimeSpan());
            case 2:
                return (local, (end ? mapping.LateInterval : mapping.EarlyInterval).WallOffset.ToTimeSpan());
            default:
                var offset = mapping.LateInterval.WallOffset.ToTimeSpan();
                var utc = mapping.LateInterval.Start.ToUnixTimeTicks() + UnixEpochTicks;
                var after = Math.Clamp(utc + offset.Ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks);
                return (new DateTime(after, DateTimeKind.Unspecified), offset);
        }
    }

    [Fact]
    public void Every_zone_maps_local_times_around_its_transitions_as_NodaTime_does()
    {
        var (checkedTimes, gaps, repeats) = (0, 0, 0);
        foreach (var id in DateTimeZoneProviders.Tzdb.Ids)
        {
            var zone = DateTimeZoneProviders.Tzdb[id];
            var intervals = zone.GetZoneIntervals(Instant.FromUtc(1850, 1, 1, 0, 0), Instant.FromUtc(2100, 1, 1, 0, 0)).ToList();
            for (var i = 1; i < intervals.Count; i++)
            {
                var utc = intervals[i].Start.ToUnixTimeTicks() + UnixEpochTicks;
                foreach (var wall in new[] { intervals[i - 1].WallOffset, intervals[i].WallOffset })
                {
                    foreach (var delta in Around)
                    {
                        var local = new DateTime(utc + wall.Ticks + delta, DateTimeKind.Unspecified);
                        var mapped = zone.MapLocal(LocalDateTime.FromDateTime(local)).Count;
                        (gaps, repeats) = (gaps + (mapped == 0 ? 1 : 0), repeats + (mapped == 2 ? 1 : 0));
                        AssertSame(local, zone);
                        checkedTimes++;
                    }
                }
            }

            foreach (var local in new[] { DateTime.MinValue, DateTime.MinValue.AddDays(1), DateTime.MaxValue.AddDays(-1), DateTime.MaxValue, new DateTime(2024, 6, 1, 12, 0, 0) })
            {
                AssertSame(local, zone);
            }
        }

        // The walk reached gaps and repeated hours, not only plain times.
        Assert.True(checkedTimes > 1_000_000, $"{checkedTimes} local times");
        Assert.True(gaps > 100_000 && repeats > 100_000, $"{gaps} in gaps, {repeats} repeated");
    }

    [Fact]
    public void A_local_time_in_a_gap_is_the_first_time_after_it_and_a_repeated_one_its_earlier_or_later_instant()
    {
        var york = DateTimeZoneProviders.Tzdb["America/New_York"];

        // 2024-03-10 02:30 does not exist (clocks went 02:00 → 03:00), 2024-11-03 01:30 happened twice.
        Assert.Equal((new DateTime(2024, 3, 10, 3, 0, 0), TimeSpan.FromHours(-4)), ClaimModel.LocalTimeRule.Resolve(new DateTime(2024, 3, 10, 2, 30, 0), york, end: false));
        Assert.Equal((new DateTime(2024, 11, 3, 1, 30, 0), TimeSpan.FromHours(-4)), ClaimModel.LocalTimeRule.Resolve(new DateTime(2024, 11, 3, 1, 30, 0), york, end: false));
        Assert.Equal((new DateTime(2024, 11, 3, 1, 30, 0), TimeSpan.FromHours(-5)), ClaimModel.LocalTimeRule.Resolve(new DateTime(2024, 11, 3, 1, 30, 0), york, end: true));
    }

    private static void AssertSame(DateTime local, DateTimeZone zone)
    {
        foreach (var end in new[] { false, true })
        {
            var expected = Reference(local, zone, end);
            var actual = ClaimModel.LocalTimeRule.Resolve(local, zone, end);
            if (expected != actual)
            {
                Assert.Fail($"{zone.Id} {local:O} end={end}: expected {expected}, got {actual}");
            }
        }
    }
}
