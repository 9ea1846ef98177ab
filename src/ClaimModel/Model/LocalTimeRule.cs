using System.Collections.Concurrent;
using NodaTime;
using NodaTime.TimeZones;

namespace ClaimModel;

/// <summary>How a local wall-clock time in a zone becomes an instant where the zone's clocks jump (the rule the README
/// documents; NodaTime's <c>Resolvers</c> are the reference): an ambiguous local time (clocks set back, the time
/// happens twice) gives the <em>earlier</em> instant as the start of an interval and the <em>later</em> one as its
/// end, so the interval covers both readings; a local time that does not exist (clocks set forward, the time is
/// skipped) gives the first instant after the gap, for a start and an end alike (NodaTime's
/// <c>ReturnStartOfIntervalAfter</c>). A local interval lying wholly inside a gap — a whole day a zone skipped,
/// Pacific/Apia's 2011-12-30 — so maps to no instant at all (<see cref="IsSkippedDay"/>).</summary>
internal static class LocalTimeRule
{
    private const long UnixEpochTicks = 621_355_968_000_000_000; // DateTime.UnixEpoch.Ticks

    /// <summary>The local time and offset that name the instant of <paramref name="local"/> in
    /// <paramref name="zone"/>, as the start (<paramref name="end"/> false) or the end of an interval: the local time
    /// itself with its offset, or, in a gap, the first local time after the gap with the offset after it.</summary>
    /// <remarks>Read from the zone's intervals as NodaTime's <c>DateTimeZone.MapLocal</c> reads them (the interval of
    /// the local time taken as UTC, and its neighbours), without the mapping object it allocates per call.</remarks>
    public static (DateTime Local, TimeSpan Offset) Resolve(DateTime local, DateTimeZone zone, bool end)
    {
        var ticks = local.Ticks;
        var guess = zone.GetZoneInterval(Instant.FromUnixTimeTicks(ticks - UnixEpochTicks));
        var earlier = guess.HasStart ? zone.GetZoneInterval(guess.Start - Duration.Epsilon) : null;
        var later = guess.HasEnd ? zone.GetZoneInterval(guess.End) : null;
        ZoneInterval? early = null, late = null;
        foreach (var candidate in (ReadOnlySpan<ZoneInterval?>)[earlier, guess, later])
        {
            if (candidate is not null && Contains(candidate, ticks))
            {
                early ??= candidate;
                late = candidate;
            }
        }

        if (early is not null)
        {
            return (local, (end ? late! : early).WallOffset.ToTimeSpan());
        }

        // In a gap: the interval after it starts at the transition, the first instant after the gap.
        var after = ticks < LocalStart(guess) ? guess : later!;
        var offset = after.WallOffset.ToTimeSpan();
        var first = Math.Clamp(LocalStart(after), DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks);
        return (new DateTime(first, DateTimeKind.Unspecified), offset);
    }

    /// <summary>Whether the local wall-clock time of <paramref name="ticks"/> falls in <paramref name="interval"/>
    /// (from its local start, before its local end).</summary>
    private static bool Contains(ZoneInterval interval, long ticks) =>
        ticks >= LocalStart(interval) && (!interval.HasEnd || ticks < UtcTicks(interval.End) + interval.WallOffset.Ticks);

    /// <summary>The local wall-clock time, in ticks, at which <paramref name="interval"/> starts (before every
    /// time for an interval from the start of time).</summary>
    private static long LocalStart(ZoneInterval interval) => interval.HasStart ? UtcTicks(interval.Start) + interval.WallOffset.Ticks : long.MinValue;

    private static long UtcTicks(Instant instant) => instant.ToUnixTimeTicks() + UnixEpochTicks;

    /// <summary>Whether no instant of <paramref name="zone"/> has the local date <paramref name="day"/> (the zone
    /// skipped the whole day). The skipped days of a zone are found once, from its transitions, and cached.</summary>
    public static bool IsSkippedDay(DateTimeZone zone, DateOnly day)
    {
        var days = SkippedDays.GetOrAdd(zone.Id, static (_, zone) => FindSkippedDays(zone), zone);
        return days.Length != 0 && Array.IndexOf(days, day) >= 0;
    }

    private static readonly ConcurrentDictionary<string, DateOnly[]> SkippedDays = new(StringComparer.Ordinal);

    // Transitions after this are the zones' recurring daylight-saving rules, whose gaps last hours, not days.
    private static readonly Instant ScanEnd = Instant.FromUtc(2200, 1, 1, 0, 0);

    /// <summary>Every local date that lies wholly inside a gap of <paramref name="zone"/> (clocks set forward by a day
    /// or more, as when a zone moves across the date line).</summary>
    internal static DateOnly[] FindSkippedDays(DateTimeZone zone)
    {
        List<DateOnly>? days = null;
        var interval = zone.GetZoneInterval(Instant.MinValue);
        while (interval.HasEnd && interval.End < ScanEnd)
        {
            var next = zone.GetZoneInterval(interval.End);
            if (next.WallOffset.Ticks - interval.WallOffset.Ticks >= TimeSpan.TicksPerDay)
            {
                var utc = interval.End.ToUnixTimeTicks() + UnixEpochTicks;
                var gapStart = utc + interval.WallOffset.Ticks;
                var gapEnd = utc + next.WallOffset.Ticks;
                for (var day = (gapStart + TimeSpan.TicksPerDay - 1) / TimeSpan.TicksPerDay; (day + 1) * TimeSpan.TicksPerDay <= gapEnd; day++)
                {
                    (days ??= []).Add(DateOnly.FromDayNumber((int)day));
                }
            }

            interval = next;
        }

        return days?.ToArray() ?? [];
    }
}
