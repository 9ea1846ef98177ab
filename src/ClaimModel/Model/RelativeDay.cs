namespace ClaimModel;

/// <summary>A day named relative to when it was said: "yesterday" (<see cref="Offset"/> −1), "today" (0),
/// or a weekday ("Wednesday": the most recent Wednesday on or before the anchor day).</summary>
/// <remarks>
/// The anchor is the claim's statement time (<see cref="Claim.StatedAt"/>), else the report's publication
/// time; it is read as a local date in the <see cref="TimeSpec.TimeZone"/> of the time that holds this
/// value. Exactly one of <see cref="Offset"/> and <see cref="Weekday"/> is set. Value equality.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<RelativeDay>))]
public sealed record RelativeDay
{
    /// <summary>Days from the anchor day: −1 is "yesterday", 0 "today".</summary>
    public int? Offset { get; init; }

    /// <summary>A weekday: the most recent such day on or before the anchor day.</summary>
    public DayOfWeek? Weekday { get; init; }
}
