using System.Globalization;
using NodaTime;

namespace ClaimModel.Engine;

/// <summary>A <see cref="TimeSpec"/> resolved to an absolute interval [<see cref="Start"/>, <see cref="End"/>),
/// with the zone it is shown in and what it was resolved from.</summary>
internal sealed class ResolvedTime : ISpanFormattable
{
    public ResolvedTime(DateTimeOffset start, DateTimeOffset end, DateTimeZone? zone, TimeSpan offset, string zoneName, string? text, DateOnly? saidOn)
    {
        Start = start;
        End = end;
        Zone = zone;
        Offset = offset;
        ZoneName = zoneName;
        Text = text;
        SaidOn = saidOn;
    }

    /// <summary>The inclusive start.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The exclusive end.</summary>
    public DateTimeOffset End { get; }

    /// <summary>The IANA zone (from <see cref="TimeZoneDatabase"/>), when known.</summary>
    public DateTimeZone? Zone { get; }

    /// <summary>The fixed offset used when <see cref="Zone"/> is unknown.</summary>
    public TimeSpan Offset { get; }

    /// <summary>The zone's IANA id, or <c>UTC+03:00</c> for a fixed offset.</summary>
    public string ZoneName { get; }

    /// <summary>The reported words.</summary>
    public string? Text { get; }

    /// <summary>For a relative day: the local date it was resolved against.</summary>
    public DateOnly? SaidOn { get; }

    /// <summary>Whether the two intervals share an instant (touching intervals do not). An end at the last tick of
    /// 9999 (<see cref="DateTimeOffset.MaxValue"/>: an interval clamped there) includes that tick.</summary>
    public bool Overlaps(ResolvedTime other) => StartsBefore(Start, other.End) && StartsBefore(other.Start, End);

    /// <summary>The local wall-clock time of <paramref name="instant"/> in this time's zone.</summary>
    public DateTime ToLocal(DateTimeOffset instant) => ToLocal(instant, Zone, Offset);

    /// <summary>The local wall-clock time of <paramref name="instant"/> in a zone, or at a fixed offset; clamped to the
    /// calendar (<see cref="ClampedTime"/>).</summary>
    public static DateTime ToLocal(DateTimeOffset instant, DateTimeZone? zone, TimeSpan offset) =>
        ClampedTime.ToLocal(instant, zone is null ? offset : zone.GetUtcOffset(Instant.FromDateTimeOffset(instant)).ToTimeSpan());

    /// <summary>The instant of a local wall-clock time in a zone, or at a fixed offset, as the start or the
    /// <paramref name="end"/> of an interval where the zone's clocks jump (<see cref="LocalTimeRule"/>); clamped to the
    /// calendar.</summary>
    public static DateTimeOffset FromLocal(DateTime local, DateTimeZone? zone, TimeSpan offset, bool end)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone is null)
        {
            return ClampedTime.FromLocal(local, offset);
        }

        var (mapped, mappedOffset) = LocalTimeRule.Resolve(local, zone, end);
        return ClampedTime.FromLocal(mapped, mappedOffset);
    }

    private static bool StartsBefore(DateTimeOffset start, DateTimeOffset end) => start < end || end == DateTimeOffset.MaxValue;

    /// <summary>The interval in local time with its zone and origin:
    /// <c>2016-04-27 00:00–24:00 America/New_York (yesterday, said 2016-04-28)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");

    /// <inheritdoc cref="ToString()"/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes <see cref="ToString()"/> into <paramref name="destination"/> (no string made: explanations
    /// append it as they are built); the format and provider are ignored (the text is culture-invariant).</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var start = ToLocal(Start);
        var end = ToLocal(End);
        var toMidnight = end.Date != start.Date && end.TimeOfDay == TimeSpan.Zero && end.Date == start.Date.AddDays(1);
        var text = new MemoryExtensions.TryWriteInterpolatedStringHandler(0, 0, destination, CultureInfo.InvariantCulture, out _);
        var written = text.AppendFormatted(start, "yyyy-MM-dd HH:mm")
            && text.AppendLiteral("–")
            && (toMidnight ? text.AppendLiteral("24:00") : text.AppendFormatted(end, end.Date == start.Date ? "HH:mm" : "yyyy-MM-dd HH:mm"))
            && text.AppendLiteral(" ")
            && text.AppendFormatted(ZoneName)
            && ((Text is null && SaidOn is null) || AppendOrigin(ref text));
        charsWritten = 0;
        return written && destination.TryWrite(CultureInfo.InvariantCulture, ref text, out charsWritten);
    }

    /// <summary>" (yesterday, said 2016-04-28)": the text the time was read from and the day it was said on.</summary>
    private bool AppendOrigin(ref MemoryExtensions.TryWriteInterpolatedStringHandler text) =>
        text.AppendLiteral(" (")
        && (Text is null || text.AppendFormatted(Text))
        && (Text is null || SaidOn is null || text.AppendLiteral(", "))
        && (SaidOn is not { } day || (text.AppendLiteral("said ") && text.AppendFormatted(day, "yyyy-MM-dd")))
        && text.AppendLiteral(")");
}
