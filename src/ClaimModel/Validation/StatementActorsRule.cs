namespace ClaimModel.Validation;

/// <summary>The rules of the actors that responsibility and presence statements name, and of how they combine.</summary>
internal static class StatementActorsRule
{
    /// <summary>Above this many actors, repeats are found with a set instead of by comparing every pair.</summary>
    private const int PairwiseLimit = 16;

    /// <summary>At least one actor (<see cref="ErrorCodes.ActorsEmpty"/>), each an existing actor, none named twice
    /// (<see cref="ErrorCodes.ActorRepeated"/>, at the later mention).</summary>
    public static void StatementActors(this ref RecordIssues issues, ValueList<string> actors)
    {
        if (actors.IsEmpty)
        {
            issues.Fail(ErrorCodes.ActorsEmpty, "must name at least one actor", "[]");
            return;
        }

        issues.References(actors, EntityKind.Actor);
        var span = actors.AsSpan();
        HashSet<string>? seen = span.Length > PairwiseLimit ? new(span.Length, StringComparer.Ordinal) : null;
        for (var i = 0; i < span.Length; i++)
        {
            var id = span[i];
            if (id is null)
            {
                continue;
            }

            if (seen is not null ? !seen.Add(id) : IndexOf(span[..i], id) >= 0)
            {
                issues.Fail(ErrorCodes.ActorRepeated, "names an actor the statement already names: name each actor once", id, i);
            }
        }
    }

    /// <summary>A defined combination; <c>either-of</c> with fewer than two actors is a warning
    /// (<see cref="ErrorCodes.CombinationSingleActor"/>).</summary>
    public static void Combination(this ref RecordIssues issues, ActorCombination combination, ValueList<string> actors)
    {
        issues.Defined(combination);
        if (combination == ActorCombination.EitherOf && actors.Count == 1)
        {
            issues.Warn(ErrorCodes.CombinationSingleActor, "is 'either-of' but the statement names one actor: name the others, or leave the combination out", combination);
        }
    }

    private static int IndexOf(ReadOnlySpan<string> ids, string id)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
