namespace ClaimModel.Engine;

/// <summary>What decides how a figure compares with another (<see cref="AnswerBucket{TRule}"/>): its interval in the
/// dimension's base unit, the period it is about and, for a running total, the time it is counted up to (UTC ticks;
/// <see cref="long.MinValue"/> for none). Read from the entries: their figure facts and times.</summary>
/// <param name="Normalized">The interval in the base unit.</param>
/// <param name="WhenStart">The period's start, or <see cref="long.MinValue"/>.</param>
/// <param name="WhenEnd">The period's end.</param>
/// <param name="AsOfStart">The counted-up-to time's start, or <see cref="long.MinValue"/>.</param>
/// <param name="AsOfEnd">The counted-up-to time's end.</param>
internal readonly record struct FigureAnswer(NumericInterval Normalized, long WhenStart, long WhenEnd, long AsOfStart, long AsOfEnd) : IAnswerRule
{
    /// <summary>The answer of a figure entry.</summary>
    public static FigureAnswer Of(ClaimEntry entry)
    {
        var (whenStart, whenEnd) = TimeAnswer.Ticks(entry.When);
        var (asOfStart, asOfEnd) = TimeAnswer.Ticks(entry.AsOf);
        return new FigureAnswer(entry.Normalized, whenStart, whenEnd, asOfStart, asOfEnd);
    }

    /// <inheritdoc/>
    public static bool Same(ClaimEntry a, ClaimEntry b) => Of(a) == Of(b);

    /// <inheritdoc/>
    public static int Hash(ClaimEntry entry) => Of(entry).GetHashCode();
}
