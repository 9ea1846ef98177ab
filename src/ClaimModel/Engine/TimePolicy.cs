using System.Collections.Frozen;

namespace ClaimModel.Engine;

/// <summary>How a <see cref="TimeSpec"/> becomes an absolute interval [start, end).</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Absolute with an end: [start, end).</item>
/// <item>Absolute without an end: the start read in the spec's IANA zone (else its own offset), truncated to
/// its precision unit and widened to the whole unit — hour, local day, ISO week (Monday), month, year; an
/// exact instant lasts <see cref="ExactWidth"/>.</item>
/// <item>Relative ("yesterday", "Thursday"): the anchor is the claim's <see cref="Claim.StatedAt"/> — itself
/// resolved, when relative, against the publication time of the claim's first report's source — and is read
/// as a local date: a day-or-coarser anchor gives its own local date; an exact or hour anchor is converted
/// into the time's zone. The day is anchor + offset, or the most recent such weekday on or before the
/// anchor, as a whole local day in the time's zone (else the anchor's zone, else UTC).</item>
/// <item><see cref="TimeSpec.PartOfDay"/> narrows a day to <see cref="DayParts"/>[part] (local).</item>
/// <item>Zones come from <see cref="TimeZoneDatabase"/>. Where a zone's clocks jump, a local start that happens twice
/// takes its earlier instant and a local end its later one; a local time that is skipped is the first instant after
/// the gap; a local interval with no instant at all (a day the zone skipped) is not resolved and compared with
/// nothing.</item>
/// </list>
/// Two times conflict when their intervals do not overlap (touching intervals do not overlap).
/// </remarks>
public sealed record TimePolicy
{
    /// <summary>The default policy.</summary>
    public static TimePolicy Default => DefaultInstance;

    /// <summary>How long an <see cref="TimePrecision.Exact"/> instant without an end lasts. Default 1 minute.</summary>
    public TimeSpan ExactWidth { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The local bounds of each part of a day. Default, as documented on <see cref="DayPart"/>:
    /// early-morning [00:00, 09:00), morning [06:00, 12:00), afternoon [12:00, 18:00), evening [17:00, 24:00),
    /// night [20:00, 06:00 next day).</summary>
    public IReadOnlyDictionary<DayPart, DayPartBounds> DayParts { get; init; } = DefaultDayParts;

    private static readonly FrozenDictionary<DayPart, DayPartBounds> DefaultDayParts = new Dictionary<DayPart, DayPartBounds>
    {
        [DayPart.EarlyMorning] = new(TimeSpan.Zero, TimeSpan.FromHours(9)),
        [DayPart.Morning] = new(TimeSpan.FromHours(6), TimeSpan.FromHours(12)),
        [DayPart.Afternoon] = new(TimeSpan.FromHours(12), TimeSpan.FromHours(18)),
        [DayPart.Evening] = new(TimeSpan.FromHours(17), TimeSpan.FromHours(24)),
        [DayPart.Night] = new(TimeSpan.FromHours(20), TimeSpan.FromHours(30)),
    }.ToFrozenDictionary();

    // Declared last: static initializers run in text order, and the instance needs the tables above.
    private static readonly TimePolicy DefaultInstance = new();
}
