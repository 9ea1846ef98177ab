namespace ClaimModel.Engine;

/// <summary>What decides how a target account compares with another (<see cref="AnswerBucket{TRule}"/>): the
/// claimant's side (its root keys, as the entry was added with), the scope and the targets named, in order — each by
/// its kind and, for <see cref="TargetKind.Other"/>, its name ignoring case (the names of other kinds are not
/// compared, <see cref="TargetCoverage"/>). Equal answers cover and exclude the same targets for the same sides, so a
/// new account compares alike with every member of a group. Read from the entries: their statement and claimant.</summary>
internal abstract class TargetAnswer : IAnswerRule
{
    /// <inheritdoc/>
    public static bool Same(ClaimEntry a, ClaimEntry b)
    {
        var (x, y) = (StatementOf(a), StatementOf(b));
        if (x.Scope != y.Scope || !a.Claimant.RootKeys.AsSpan().SequenceEqual(b.Claimant.RootKeys) || x.Targets.Count != y.Targets.Count)
        {
            return false;
        }

        for (var i = 0; i < x.Targets.Count; i++)
        {
            var (s, t) = (x.Targets[i], y.Targets[i]);
            if (s.Kind != t.Kind || !string.Equals(NameOf(s), NameOf(t), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public static int Hash(ClaimEntry entry)
    {
        var statement = StatementOf(entry);
        var roots = entry.Claimant.RootKeys;
        var hash = default(HashCode);
        hash.Add((int)statement.Scope);
        hash.Add(roots.Length);
        foreach (var root in roots)
        {
            hash.Add(root);
        }

        foreach (var target in statement.Targets)
        {
            hash.Add((int)target.Kind);
        }

        foreach (var target in statement.Targets)
        {
            hash.Add(NameOf(target), StringComparer.OrdinalIgnoreCase);
        }

        return hash.ToHashCode();
    }

    private static TargetStatement StatementOf(ClaimEntry entry) => (TargetStatement)entry.Statement!;

    /// <summary>The name compared: that of an <see cref="TargetKind.Other"/> target, none for the other kinds.</summary>
    private static string? NameOf(Target target) => target.Kind == TargetKind.Other ? target.Name : null;
}
