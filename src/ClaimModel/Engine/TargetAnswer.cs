namespace ClaimModel.Engine;

/// <summary>What decides how a target account compares with another (<see cref="AnswerBucket{TAnswer}"/>): the
/// claimant's side (its root keys, as the entry was added with), the scope and the targets named, in order — each by
/// its kind and, for <see cref="TargetKind.Other"/>, its name ignoring case (the names of other kinds are not
/// compared, <see cref="TargetCoverage"/>). Equal answers cover and exclude the same targets for the same sides, so a
/// new account compares alike with every member of a group.</summary>
internal sealed class TargetAnswer : IEquatable<TargetAnswer>
{
    private readonly int[] _values;
    private readonly string?[] _names;
    private readonly int _hash;

    private TargetAnswer(int[] values, string?[] names)
    {
        _values = values;
        _names = names;
        var hash = default(HashCode);
        foreach (var value in values)
        {
            hash.Add(value);
        }

        foreach (var name in names)
        {
            hash.Add(name, StringComparer.OrdinalIgnoreCase);
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>The answer of the target entry <paramref name="entry"/> whose statement is <paramref name="statement"/>.</summary>
    public static TargetAnswer Of(ClaimEntry entry, TargetStatement statement)
    {
        var roots = entry.Claimant.RootKeys;
        var targets = statement.Targets;
        var values = new int[2 + roots.Length + targets.Count];
        values[0] = (int)statement.Scope;
        values[1] = roots.Length;
        roots.CopyTo(values, 2);
        var names = new string?[targets.Count];
        for (var i = 0; i < targets.Count; i++)
        {
            values[2 + roots.Length + i] = (int)targets[i].Kind;
            names[i] = targets[i].Kind == TargetKind.Other ? targets[i].Name : null;
        }

        return new TargetAnswer(values, names);
    }

    /// <inheritdoc/>
    public bool Equals(TargetAnswer? other)
    {
        if (other is null || _hash != other._hash || !_values.AsSpan().SequenceEqual(other._values) || _names.Length != other._names.Length)
        {
            return false;
        }

        for (var i = 0; i < _names.Length; i++)
        {
            if (!string.Equals(_names[i], other._names[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TargetAnswer);

    /// <inheritdoc/>
    public override int GetHashCode() => _hash;
}
