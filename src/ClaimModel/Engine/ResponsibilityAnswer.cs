namespace ClaimModel.Engine;

/// <summary>What decides how a responsibility claim compares with another (<see cref="AnswerBucket{TRule}"/>): the
/// intent, the claimant's side and the actors named (by <see cref="ActorNode.Serial"/>, so the sides and ancestors
/// they were added with), in order. Read from the entries: their statement, claimant and actor nodes.</summary>
internal abstract class ResponsibilityAnswer : IAnswerRule
{
    /// <inheritdoc/>
    public static bool Same(ClaimEntry a, ClaimEntry b)
    {
        if (IntentOf(a) != IntentOf(b) || !a.Claimant.RootKeys.AsSpan().SequenceEqual(b.Claimant.RootKeys))
        {
            return false;
        }

        var (x, y) = (a.Actors, b.Actors);
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (x[i].Serial != y[i].Serial)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public static int Hash(ClaimEntry entry)
    {
        var roots = entry.Claimant.RootKeys;
        var hash = default(HashCode);
        hash.Add((int)IntentOf(entry));
        hash.Add(roots.Length);
        foreach (var root in roots)
        {
            hash.Add(root);
        }

        foreach (var actor in entry.Actors)
        {
            hash.Add(actor.Serial);
        }

        return hash.ToHashCode();
    }

    private static Intent IntentOf(ClaimEntry entry) => ((ResponsibilityStatement)entry.Statement!).Intent;
}
