using System.Globalization;

namespace ClaimModel.Synthetic;

/// <summary>Makes the corpus' <see cref="TimeSpec"/>s: local days, weeks, instants and relative days in IANA
/// zones, with the UTC offset each zone had at that local time. Day-level specs are cached and shared, so a
/// million claims do not hold a million equal time objects.</summary>
internal sealed class SyntheticCalendar
{
    /// <summary>The first day of the corpus (a Monday).</summary>
    public static readonly DateTime FirstDay = new(2015, 1, 5, 0, 0, 0, DateTimeKind.Unspecified);

    private readonly Dictionary<string, TimeZoneInfo> _zones = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Zone, int Day), TimeSpec> _days = [];
    private readonly Dictionary<(string Zone, int Day), TimeSpec> _namedDays = [];
    private readonly Dictionary<(string Zone, int Day, DayPart Part), TimeSpec> _dayParts = [];
    private readonly Dictionary<(string Zone, int Week), TimeSpec> _weeks = [];
    private readonly Dictionary<(string Zone, int Day), TimeSpec> _offensives = [];
    private readonly Dictionary<(string Zone, int Offset), TimeSpec> _relativeOffsets = [];
    private readonly Dictionary<(string Zone, DayOfWeek Day), TimeSpec> _relativeWeekdays = [];

    public static DateTime Date(int day) => FirstDay.AddDays(day);

    /// <summary>A local time in a zone as an offset time (the zone's offset at that local time).</summary>
    public DateTimeOffset At(string zone, int day, int hour = 0, int minute = 0)
    {
        var local = Date(day).AddHours(hour).AddMinutes(minute);
        return new DateTimeOffset(local, Zone(zone).GetUtcOffset(local));
    }

    /// <summary>A whole local day, without words (statement and publication dates).</summary>
    public TimeSpec Day(string zone, int day) => Cached(_days, (zone, day), () => new TimeSpec
    {
        Start = At(zone, day),
        Precision = TimePrecision.Day,
        TimeZone = zone,
    });

    /// <summary>A whole local day named by its weekday ("Wednesday").</summary>
    public TimeSpec NamedDay(string zone, int day) => Cached(_namedDays, (zone, day), () => new TimeSpec
    {
        Text = Date(day).DayOfWeek.ToString(),
        Start = At(zone, day),
        Precision = TimePrecision.Day,
        TimeZone = zone,
    });

    /// <summary>A part of a named local day ("early on Wednesday").</summary>
    public TimeSpec PartOfDay(string zone, int day, DayPart part) => Cached(_dayParts, (zone, day, part), () => new TimeSpec
    {
        Text = PartWords(part, Date(day).DayOfWeek),
        Start = At(zone, day),
        PartOfDay = part,
        Precision = TimePrecision.Day,
        TimeZone = zone,
    });

    /// <summary>The Monday-to-Monday week containing <paramref name="day"/>, as an explicit interval.</summary>
    public TimeSpec Week(string zone, int day)
    {
        var week = day / 7;
        return Cached(_weeks, (zone, week), () => new TimeSpec
        {
            Text = "the week of " + Date(week * 7).ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            Start = At(zone, week * 7),
            End = At(zone, (week * 7) + 7),
            Precision = TimePrecision.Day,
            TimeZone = zone,
        });
    }

    /// <summary>A seven-day interval starting on <paramref name="day"/> (an offensive's time).</summary>
    public TimeSpec Offensive(string zone, int day) => Cached(_offensives, (zone, day), () => new TimeSpec
    {
        Text = "from " + Date(day).ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        Start = At(zone, day),
        End = At(zone, day + 7),
        Precision = TimePrecision.Day,
        TimeZone = zone,
    });

    /// <summary>"yesterday" (−1) or "today" (0), resolved in <paramref name="zone"/>.</summary>
    public TimeSpec RelativeOffset(string zone, int offset) => Cached(_relativeOffsets, (zone, offset), () => new TimeSpec
    {
        Text = offset == -1 ? "yesterday" : "today",
        Relative = new RelativeDay { Offset = offset },
        Precision = TimePrecision.Day,
        TimeZone = zone,
    });

    /// <summary>A weekday ("on Wednesday") relative to when it was said, resolved in <paramref name="zone"/>.</summary>
    public TimeSpec RelativeWeekday(string zone, DayOfWeek weekday) => Cached(_relativeWeekdays, (zone, weekday), () => new TimeSpec
    {
        Text = "on " + weekday,
        Relative = new RelativeDay { Weekday = weekday },
        Precision = TimePrecision.Day,
        TimeZone = zone,
    });

    /// <summary>An instant (not cached: times to the minute are rarely equal).</summary>
    public TimeSpec Instant(string zone, int day, int hour, int minute, TimePrecision precision) => new()
    {
        Text = precision == TimePrecision.Hour
            ? string.Create(CultureInfo.InvariantCulture, $"around {hour:00}:00 local time")
            : string.Create(CultureInfo.InvariantCulture, $"at {hour:00}:{minute:00} local time"),
        Start = At(zone, day, hour, precision == TimePrecision.Hour ? 0 : minute),
        Precision = precision,
        TimeZone = zone,
    };

    private static string PartWords(DayPart part, DayOfWeek day) => part switch
    {
        ClaimModel.DayPart.EarlyMorning => "early on " + day,
        ClaimModel.DayPart.Morning => day + " morning",
        ClaimModel.DayPart.Afternoon => day + " afternoon",
        ClaimModel.DayPart.Evening => day + " evening",
        _ => day + " night",
    };

    private static TimeSpec Cached<TKey>(Dictionary<TKey, TimeSpec> cache, TKey key, Func<TimeSpec> create)
        where TKey : notnull
    {
        if (!cache.TryGetValue(key, out var spec))
        {
            spec = create();
            cache.Add(key, spec);
        }

        return spec;
    }

    private TimeZoneInfo Zone(string id)
    {
        if (!_zones.TryGetValue(id, out var zone))
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            _zones.Add(id, zone);
        }

        return zone;
    }
}
