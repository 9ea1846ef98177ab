using System.Globalization;

namespace ClaimModel.Engine;

/// <summary>Resolves <see cref="TimeSpec"/>s to absolute intervals under a <see cref="TimePolicy"/> (the rules
/// are documented there). Caches time zones by id and absolute resolutions by value (grows with the distinct
/// absolute times seen). Not thread-safe: owned by one writer.</summary>
internal sealed class TimeResolver
{
    private readonly TimePolicy _policy;
    private readonly Dictionary<string, TimeZoneInfo?> _zones = new(StringComparer.Ordinal);

    // Absolute specs by value: many claims share a day, and zone conversion is the costly part.
    private readonly Dictionary<TimeSpec, ResolvedTime> _absolute = [];

    public TimeResolver(TimePolicy policy) => _policy = policy;

    /// <summary>Resolves <paramref name="spec"/>; a relative day is resolved against <paramref name="statedAt"/>,
    /// or, when that is absent or itself relative, <paramref name="published"/>. Null when it cannot be resolved
    /// (no start and no relative day, or no anchor for a relative day).</summary>
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
        DateOnly day;
        if (relative.Offset is { } days)
        {
            day = anchorDate.AddDays(days);
        }
        else if (relative.Weekday is { } weekday)
        {
            day = anchorDate.AddDays(-((7 + (int)anchorDate.DayOfWeek - (int)weekday) % 7));
        }
        else
        {
            return null;
        }

        var dayStart = day.ToDateTime(TimeOnly.MinValue);
        var (localFrom, localTo) = Narrow(dayStart, dayStart.AddDays(1), spec);
        var name = zone is null ? anchor.ZoneName : ZoneName(spec.TimeZone, zone, timeOffset);
        return new ResolvedTime(
            ResolvedTime.FromLocal(localFrom, timeZone, timeOffset),
            ResolvedTime.FromLocal(localTo, timeZone, timeOffset),
            timeZone,
            timeOffset,
            name,
            spec.Text,
            anchorDate);
    }

    private ResolvedTime ResolveAbsolute(TimeSpec spec)
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
            return new ResolvedTime(start, start + _policy.ExactWidth, zone, offset, zoneName, spec.Text, null);
        }

        var local = ResolvedTime.ToLocal(start, zone, offset);
        var (from, to) = Widen(local, spec.Precision);
        (from, to) = Narrow(from, to, spec);
        return new ResolvedTime(ResolvedTime.FromLocal(from, zone, offset), ResolvedTime.FromLocal(to, zone, offset), zone, offset, zoneName, spec.Text, null);
    }

    private (DateTime From, DateTime To) Narrow(DateTime from, DateTime to, TimeSpec spec)
    {
        if (spec.PartOfDay is { } part && _policy.DayParts.TryGetValue(part, out var bounds) && to - from == TimeSpan.FromDays(1))
        {
            return (from + bounds.Start, from + bounds.End);
        }

        return (from, to);
    }

    private static (DateTime From, DateTime To) Widen(DateTime local, TimePrecision precision)
    {
        switch (precision)
        {
            case TimePrecision.Hour:
                var hour = new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0, DateTimeKind.Unspecified);
                return (hour, hour.AddHours(1));
            case TimePrecision.Day:
                return (local.Date, local.Date.AddDays(1));
            case TimePrecision.Week:
                var monday = local.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7));
                return (monday, monday.AddDays(7));
            case TimePrecision.Month:
                var month = new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
                return (month, month.AddMonths(1));
            case TimePrecision.Year:
                var year = new DateTime(local.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
                return (year, year.AddYears(1));
            default:
                return (local, local.AddMinutes(1));
        }
    }

    private static string ZoneName(string? id, TimeZoneInfo? zone, TimeSpan offset)
    {
        if (zone is not null && id is not null)
        {
            return id;
        }

        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return "UTC" + sign + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }

    private TimeZoneInfo? FindZone(string? id)
    {
        if (id is null)
        {
            return null;
        }

        if (!_zones.TryGetValue(id, out var zone))
        {
            zone = TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : null;
            _zones[id] = zone;
        }

        return zone;
    }
}
