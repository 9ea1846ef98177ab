namespace ClaimModel.Engine;

/// <summary>What decides how a figure compares with another (<see cref="AnswerBucket{TAnswer}"/>): its interval in the
/// dimension's base unit, the period it is about and, for a running total, the time it is counted up to (UTC ticks;
/// <see cref="long.MinValue"/> for none).</summary>
/// <param name="Normalized">The interval in the base unit.</param>
/// <param name="WhenStart">The period's start, or <see cref="long.MinValue"/>.</param>
/// <param name="WhenEnd">The period's end.</param>
/// <param name="AsOfStart">The counted-up-to time's start, or <see cref="long.MinValue"/>.</param>
/// <param name="AsOfEnd">The counted-up-to time's end.</param>
internal readonly record struct FigureAnswer(NumericInterval Normalized, long WhenStart, long WhenEnd, long AsOfStart, long AsOfEnd)
{
    /// <summary>The answer of a figure entry.</summary>
    public static FigureAnswer Of(ClaimEntry entry, NumericInterval normalized)
    {
        var (whenStart, whenEnd) = TimeAnswer.Ticks(entry.When);
        var (asOfStart, asOfEnd) = TimeAnswer.Ticks(entry.AsOf);
        return new FigureAnswer(normalized, whenStart, whenEnd, asOfStart, asOfEnd);
    }
}
