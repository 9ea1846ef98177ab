namespace ClaimModel.Engine;

/// <summary>Date and time arithmetic that saturates at the ends of the calendar instead of throwing: a result before
/// 0001-01-01T00:00 is the first tick (<see cref="DateTime.MinValue"/>, <see cref="DateTimeOffset.MinValue"/>), one
/// after 9999-12-31T23:59:59.9999999 the last (<see cref="DateTime.MaxValue"/>, <see cref="DateTimeOffset.MaxValue"/>).
/// An interval clamped this way ends at the last tick, which <see cref="ResolvedTime.Overlaps"/> counts as
/// included.</summary>
internal static class ClampedTime
{
    private const long MaxTicks = 3_155_378_975_999_999_999; // DateTime.MaxValue.Ticks

    /// <summary><paramref name="instant"/> + <paramref name="span"/>, clamped; at the instant's own offset when the
    /// local time there stays within the calendar, else in UTC.</summary>
    public static DateTimeOffset Add(DateTimeOffset instant, TimeSpan span)
    {
        var utc = instant.UtcTicks;
        if (span.Ticks > MaxTicks - utc)
        {
            return DateTimeOffset.MaxValue;
        }

        if (span.Ticks < -utc)
        {
            return DateTimeOffset.MinValue;
        }

        var local = instant.Ticks;
        return span.Ticks <= MaxTicks - local && span.Ticks >= -local ? instant + span : new DateTimeOffset(utc + span.Ticks, TimeSpan.Zero);
    }

    /// <summary><paramref name="local"/> + <paramref name="span"/>, clamped.</summary>
    public static DateTime Add(DateTime local, TimeSpan span) => new(Sum(local.Ticks, span.Ticks), local.Kind);

    /// <summary><paramref name="local"/> plus whole months, clamped (the last tick after December 9999).</summary>
    public static DateTime AddMonths(DateTime local, int months)
    {
        var month = ((local.Year - 1L) * 12) + (local.Month - 1) + months;
        return month > (9999L * 12) - 1 ? DateTime.MaxValue
            : month < 0 ? DateTime.MinValue
            : local.AddMonths(months);
    }

    /// <summary>The day <paramref name="days"/> after <paramref name="day"/>, or <see langword="null"/> outside
    /// years 1–9999.</summary>
    public static DateOnly? AddDays(DateOnly day, long days)
    {
        var number = day.DayNumber + days;
        return number < DateOnly.MinValue.DayNumber || number > DateOnly.MaxValue.DayNumber ? null : DateOnly.FromDayNumber((int)number);
    }

    /// <summary>The local wall-clock time of <paramref name="instant"/> at a fixed offset, clamped.</summary>
    public static DateTime ToLocal(DateTimeOffset instant, TimeSpan offset) => new(Sum(instant.UtcTicks, offset.Ticks), DateTimeKind.Unspecified);

    /// <summary>The instant of <paramref name="local"/> at a fixed offset, clamped. Carries that offset when it is a
    /// whole number of minutes within ±14 hours and the instant is not clamped; otherwise it is in UTC.</summary>
    public static DateTimeOffset FromLocal(DateTime local, TimeSpan offset)
    {
        var utc = local.Ticks - offset.Ticks;
        if (utc < 0)
        {
            return DateTimeOffset.MinValue;
        }

        if (utc > MaxTicks)
        {
            return DateTimeOffset.MaxValue;
        }

        var representable = offset.Ticks % TimeSpan.TicksPerMinute == 0 && offset.Duration() <= TimeSpan.FromHours(14);
        return representable
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset)
            : new DateTimeOffset(utc, TimeSpan.Zero);
    }

    /// <summary><paramref name="ticks"/> (within the calendar) + <paramref name="delta"/>, clamped to the calendar.</summary>
    private static long Sum(long ticks, long delta) =>
        delta > MaxTicks - ticks ? MaxTicks
        : delta < -ticks ? 0
        : ticks + delta;
}
