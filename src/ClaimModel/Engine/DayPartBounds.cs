namespace ClaimModel.Engine;

/// <summary>The local bounds of a <see cref="DayPart"/>: [<see cref="Start"/>, <see cref="End"/>) from the
/// local midnight of the day; <see cref="End"/> may exceed 24 hours (night ends at 06:00 next day, 30 h).</summary>
/// <param name="Start">Offset of the start from local midnight.</param>
/// <param name="End">Offset of the exclusive end from local midnight.</param>
public sealed record DayPartBounds(TimeSpan Start, TimeSpan End);
