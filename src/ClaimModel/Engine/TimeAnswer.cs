namespace ClaimModel.Engine;

/// <summary>What decides how an occurrence time compares with another (<see cref="AnswerBucket{TAnswer}"/>): its
/// interval in UTC ticks.</summary>
/// <param name="Start">The start.</param>
/// <param name="End">The end.</param>
internal readonly record struct TimeAnswer(long Start, long End)
{
    /// <summary>The answer of a resolved time.</summary>
    public static TimeAnswer Of(ResolvedTime time) => new(time.Start.UtcTicks, time.End.UtcTicks);

    /// <summary>The bounds of a time in UTC ticks; (<see cref="long.MinValue"/>, <see cref="long.MinValue"/>) for none.</summary>
    public static (long Start, long End) Ticks(ResolvedTime? time) =>
        time is null ? (long.MinValue, long.MinValue) : (time.Start.UtcTicks, time.End.UtcTicks);
}
