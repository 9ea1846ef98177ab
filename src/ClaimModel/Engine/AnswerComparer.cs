namespace ClaimModel.Engine;

/// <summary>Compares claim entries by their answer (<typeparamref name="TRule"/>): the key comparer of an
/// <see cref="AnswerBucket{TRule}"/> past its linear limit, whose keys are the groups' first members.</summary>
/// <typeparam name="TRule">How the entries answer.</typeparam>
internal sealed class AnswerComparer<TRule> : IEqualityComparer<ClaimEntry>
    where TRule : IAnswerRule
{
    private AnswerComparer()
    {
    }

    /// <summary>The comparer (it keeps no state).</summary>
    public static AnswerComparer<TRule> Instance { get; } = new();

    /// <inheritdoc/>
    public bool Equals(ClaimEntry? x, ClaimEntry? y) => ReferenceEquals(x, y) || (x is not null && y is not null && TRule.Same(x, y));

    /// <inheritdoc/>
    public int GetHashCode(ClaimEntry obj) => TRule.Hash(obj);
}
