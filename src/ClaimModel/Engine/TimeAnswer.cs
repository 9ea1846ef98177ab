namespace ClaimModel.Engine;

/// <summary>What decides how an occurrence time compares with another (<see cref="AnswerBucket{TRule}"/>): its
/// interval in UTC ticks. Read from the entries: their occurrence time (<see cref="ClaimEntry.When"/>, set on every
/// entry of an occurrence bucket).</summary>
/// <param name="Start">The start.</param>
/// <param name="End">The end.</param>
internal readonly record struct TimeAnswer(long Start, long End) : IAnswerRule
{
    /// <summary>The answer of a resolved time.</summary>
    public static TimeAnswer Of(ResolvedTime time) => new(time.Start.UtcTicks, time.End.UtcTicks);

    /// <summary>The bounds of a time in UTC ticks; (<see cref="long.MinValue"/>, <see cref="long.MinValue"/>) for none.</summary>
    public static (long Start, long End) Ticks(ResolvedTime? time) =>
        time is null ? (long.MinValue, long.MinValue) : (time.Start.UtcTicks, time.End.UtcTicks);

    /// <inheritdoc/>
    public static bool Same(ClaimEntry a, ClaimEntry b) => Of(a.When!) == Of(b.When!);

    /// <inheritdoc/>
    public static int Hash(ClaimEntry entry) => Of(entry.When!).GetHashCode();
}
