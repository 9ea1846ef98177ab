namespace ClaimModel;

/// <summary>A time as reported: an absolute interval, or a day relative to when it was said, with a
/// precision, an IANA time zone and the reported words.</summary>
/// <remarks>
/// <para>Absolute: <see cref="Start"/> (with its UTC offset) and optionally an exclusive <see cref="End"/>;
/// without an end, the interval is <see cref="Start"/> widened to the whole <see cref="Precision"/> unit
/// in <see cref="TimeZone"/> (a day-precision start is that local day).</para>
/// <para>Relative: <see cref="Relative"/> instead of <see cref="Start"/>, resolved against the statement
/// time in <see cref="TimeZone"/> (the speaker's zone). <see cref="PartOfDay"/> narrows a day.</para>
/// <para>Value equality over every member: two specs that denote the same instant with different offsets
/// are different values (the offset is reported data); comparing intervals is the engine's job.
/// Text members compare ordinally.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<TimeSpec>))]
public sealed record TimeSpec
{
    /// <summary>The reported words ("Wednesday", "yesterday, at 13:55 Moscow time").</summary>
    public string? Text { get; init; }

    /// <summary>The absolute start, with its UTC offset.</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>The exclusive absolute end; absent means <see cref="Start"/> widened by <see cref="Precision"/>.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>A day named relative to the statement time, instead of <see cref="Start"/>.</summary>
    public RelativeDay? Relative { get; init; }

    /// <summary>The part of the day, narrowing a day-precision time.</summary>
    public DayPart? PartOfDay { get; init; }

    /// <summary>How precisely the time is known.</summary>
    public required TimePrecision Precision { get; init; }

    /// <summary>The IANA zone the reported words were meant in ("Europe/Moscow", "America/New_York").</summary>
    public string? TimeZone { get; init; }

    /// <summary>Value equality over every member; <see cref="Start"/> and <see cref="End"/> compare by instant
    /// <em>and</em> offset (<see cref="DateTimeOffset.EqualsExact"/>), so a lost offset is a different value.</summary>
    /// <param name="other">The spec to compare with.</param>
    public bool Equals(TimeSpec? other) =>
        other is not null
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && ExactlyEqual(Start, other.Start)
        && ExactlyEqual(End, other.End)
        && Relative == other.Relative
        && PartOfDay == other.PartOfDay
        && Precision == other.Precision
        && string.Equals(TimeZone, other.TimeZone, StringComparison.Ordinal);

    /// <summary>A hash code consistent with <see cref="Equals(TimeSpec)"/>.</summary>
    public override int GetHashCode() =>
        HashCode.Combine(Text, Start?.UtcTicks, Start?.Offset, End?.UtcTicks, End?.Offset, Relative, PartOfDay, HashCode.Combine(Precision, TimeZone));

    private static bool ExactlyEqual(DateTimeOffset? a, DateTimeOffset? b) =>
        a.HasValue ? b.HasValue && a.Value.EqualsExact(b.Value) : !b.HasValue;
}
