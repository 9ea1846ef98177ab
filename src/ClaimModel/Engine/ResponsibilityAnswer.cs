namespace ClaimModel.Engine;

/// <summary>What decides how a responsibility claim compares with another (<see cref="AnswerBucket{TAnswer}"/>): the
/// intent, the claimant's side and the actors named (by <see cref="ActorNode.Serial"/>, so the sides and ancestors
/// they were added with), in order.</summary>
internal sealed class ResponsibilityAnswer : IEquatable<ResponsibilityAnswer>
{
    private readonly int[] _values;
    private readonly int _hash;

    private ResponsibilityAnswer(int[] values)
    {
        _values = values;
        var hash = default(HashCode);
        foreach (var value in values)
        {
            hash.Add(value);
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>The answer of a responsibility entry with <paramref name="intent"/>.</summary>
    public static ResponsibilityAnswer Of(ClaimEntry entry, Intent intent)
    {
        var roots = entry.Claimant.RootKeys;
        var actors = entry.Actors;
        var values = new int[2 + roots.Length + actors.Length];
        values[0] = (int)intent;
        values[1] = roots.Length;
        roots.CopyTo(values, 2);
        for (var i = 0; i < actors.Length; i++)
        {
            values[2 + roots.Length + i] = actors[i].Serial;
        }

        return new ResponsibilityAnswer(values);
    }

    /// <inheritdoc/>
    public bool Equals(ResponsibilityAnswer? other) => other is not null && _hash == other._hash && _values.AsSpan().SequenceEqual(other._values);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ResponsibilityAnswer);

    /// <inheritdoc/>
    public override int GetHashCode() => _hash;
}
