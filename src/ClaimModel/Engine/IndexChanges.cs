namespace ClaimModel.Engine;

/// <summary>What a <see cref="ContradictionIndex"/> changed between two reads of its change log that the findings its
/// adds return do not show (<see cref="ContradictionIndex.ChangesSince"/>): the claims revised (their findings left the
/// report) and the actor ids whose voice changed (an identity link or a joining affiliation added after claims that
/// name them), each in the order it happened, and where the next read starts.</summary>
/// <param name="Revisions">The revisions since the last read.</param>
/// <param name="Revoiced">The actor ids whose voice changed since the last read.</param>
/// <param name="Next">Where the next read starts.</param>
internal readonly record struct IndexChanges(ReadOnlyMemory<ClaimRevision> Revisions, ReadOnlyMemory<string> Revoiced, IndexChangeMark Next)
{
    /// <summary>Whether nothing changed.</summary>
    public bool IsEmpty => Revisions.IsEmpty && Revoiced.IsEmpty;
}
