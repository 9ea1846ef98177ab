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
/// are different values (the offset is reported data); comparing intervals is the engine's job.</para>
/// </remarks>
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
}
