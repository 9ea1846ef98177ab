using System.Globalization;
using NodaTime;

namespace ClaimModel.Engine;

/// <summary>Resolves <see cref="TimeSpec"/>s to absolute intervals under a <see cref="TimePolicy"/> (the rules
/// are documented there). Caches time zones by id and absolute resolutions by value (grows with the distinct
/// absolute times seen). Not thread-safe: owned by one writer.</summary>
internal sealed class TimeResolver
{
    private readonly TimePolicy _policy;
    private readonly Dictionary<string, DateTimeZone?> _zones = new(StringComparer.Ordinal);

    // Absolute specs by value: many claims share a day, and zone conversion is the costly part.
    private readonly Dictionary<TimeSpec, ResolvedTime?> _absolute = [];

    public TimeResolver(TimePolicy policy) => _policy = policy;

    /// <summary>Resolves <paramref name="spec"/>; a relative day is resolved against <paramref name="statedAt"/>,
    /// or, when that is absent or itself relative, <paramref name="published"/>. Null when it cannot be resolved
    /// (no start and no relative day, or no anchor for a relative day) or when its local interval has no instant in its
    /// zone (a day the zone skipped: <see cref="LocalTimeRule"/>).</summary>
    public ResolvedTime? Resolve(TimeSpec spec, TimeSpec? statedAt, TimeSpec? published)
    {
        if (spec.Start is not null)
        {
            if (!_absolute.TryGetValue(spec, out var cached))
            {
                cached = ResolveAbsolute(spec);
                _absolute[spec] = cached;
            }

            return cached;
        }

        if (spec.Relative is not { } relative)
        {
            return null;
        }

        var zone = FindZone(spec.TimeZone);
        var anchorSpec = statedAt is not null && !ReferenceEquals(statedAt, spec) ? statedAt : published;
        if (anchorSpec is null || ReferenceEquals(anchorSpec, spec))
        {
            return null;
        }

        var anchor = Resolve(anchorSpec, null, ReferenceEquals(anchorSpec, statedAt) ? published : null);
        if (anchor is null)
        {
            return null;
        }

        var timeZone = zone ?? anchor.Zone;
        var timeOffset = zone is null ? anchor.Offset : TimeSpan.Zero;
        var anchorLocal = anchorSpec.Precision >= TimePrecision.Day
            ? anchor.ToLocal(anchor.Start)
            : ResolvedTime.ToLocal(anchor.Start, timeZone, timeOffset);
        var anchorDate = DateOnly.FromDateTime(anchorLocal);
        DateOnly? day;
        if (relative.Offset is { } days)
        {
            day = ClampedTime.AddDays(anchorDate, days);
        }
        else if (relative.Weekday is { } weekday)
        {
            day = ClampedTime.AddDays(anchorDate, -((7 + (int)anchorDate.DayOfWeek - (int)weekday) % 7));
        }
        else
        {
            return null;
        }

        if (day is null)
        {
            // Before 0001-01-01 or after 9999-12-31: not a day the calendar has.
            return null;
        }

        var dayStart = day.Value.ToDateTime(TimeOnly.MinValue);
        var (localFrom, localTo) = Narrow(dayStart, ClampedTime.Add(dayStart, TimeSpan.FromDays(1)), spec, wholeDay: true);
        var name = zone is null ? anchor.ZoneName : ZoneName(spec.TimeZone, zone, timeOffset);
        return Interval(localFrom, localTo, timeZone, timeOffset, name, spec.Text, anchorDate);
    }

    /// <summary>The instants of the local interval [<paramref name="from"/>, <paramref name="to"/>) in a zone, or
    /// <see langword="null"/> when no instant has a local time in it (it lies in a gap, a day the zone skipped).</summary>
    private static ResolvedTime? Interval(DateTime from, DateTime to, DateTimeZone? zone, TimeSpan offset, string zoneName, string? text, DateOnly? saidOn)
    {
        var start = ResolvedTime.FromLocal(from, zone, offset, end: false);
        var end = ResolvedTime.FromLocal(to, zone, offset, end: true);
        if (zone is not null && end <= start && from < to && start != DateTimeOffset.MinValue && end != DateTimeOffset.MaxValue)
        {
            return null;
        }

        return new ResolvedTime(start, end, zone, offset, zoneName, text, saidOn);
    }

    private ResolvedTime? ResolveAbsolute(TimeSpec spec)
    {
        var start = spec.Start!.Value;
        var zone = FindZone(spec.TimeZone);
        var offset = start.Offset;
        var zoneName = ZoneName(spec.TimeZone, zone, offset);
        if (spec.End is { } end)
        {
            return new ResolvedTime(start, end, zone, offset, zoneName, spec.Text, null);
        }

        if (spec.Precision == TimePrecision.Exact)
        {
            return new ResolvedTime(start, ClampedTime.Add(start, _policy.ExactWidth), zone, offset, zoneName, spec.Text, null);
        }

        var local = ResolvedTime.ToLocal(start, zone, offset);
        var (from, to) = Widen(local, spec.Precision);
        (from, to) = Narrow(from, to, spec, wholeDay: spec.Precision == TimePrecision.Day);
        return Interval(from, to, zone, offset, zoneName, spec.Text, null);
    }

    /// <summary>Narrows a whole local day [<paramref name="from"/>, <paramref name="to"/>) to the spec's part of the
    /// day (clamped at the end of the calendar); other intervals are returned as they are.</summary>
    private (DateTime From, DateTime To) Narrow(DateTime from, DateTime to, TimeSpec spec, bool wholeDay)
    {
        if (wholeDay && spec.PartOfDay is { } part && _policy.DayParts.TryGetValue(part, out var bounds))
        {
            return (ClampedTime.Add(from, bounds.Start), ClampedTime.Add(from, bounds.End));
        }

        return (from, to);
    }

    /// <summary>The whole precision unit around <paramref name="local"/>; the end is clamped to the last tick of
    /// 9999.</summary>
    private static (DateTime From, DateTime To) Widen(DateTime local, TimePrecision precision)
    {
        switch (precision)
        {
            case TimePrecision.Hour:
                var hour = new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0, DateTimeKind.Unspecified);
                return (hour, ClampedTime.Add(hour, TimeSpan.FromHours(1)));
            case TimePrecision.Day:
                return (local.Date, ClampedTime.Add(local.Date, TimeSpan.FromDays(1)));
            case TimePrecision.Week:
                // 0001-01-01 is a Monday, so the Monday on or before any day is in the calendar.
                var monday = local.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7));
                return (monday, ClampedTime.Add(monday, TimeSpan.FromDays(7)));
            case TimePrecision.Month:
                var month = new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
                return (month, ClampedTime.AddMonths(month, 1));
            case TimePrecision.Year:
                var year = new DateTime(local.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
                return (year, ClampedTime.AddMonths(year, 12));
            default:
                return (local, ClampedTime.Add(local, TimeSpan.FromMinutes(1)));
        }
    }

    private static string ZoneName(string? id, DateTimeZone? zone, TimeSpan offset)
    {
        if (zone is not null && id is not null)
        {
            return id;
        }

        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return "UTC" + sign + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }

    private DateTimeZone? FindZone(string? id)
    {
        if (id is null)
        {
            return null;
        }

        if (!_zones.TryGetValue(id, out var zone))
        {
            zone = TimeZoneDatabase.Find(id);
            _zones[id] = zone;
        }

        return zone;
    }
}
