namespace ClaimModel.Engine;

/// <summary>The part of an <see cref="IndexSnapshot"/> that most adds leave as it was: the writer's arrays (replaced only
/// when one grows), the counts an add of a claim seldom changes, the copies of the revisions, incidents and sources,
/// and the truncation. A claim's add that changes none of these publishes a small snapshot pointing at the same
/// instance. Immutable.</summary>
/// <param name="Findings">The writer's findings chunks (<see cref="CompactFindingChunks"/>).</param>
/// <param name="Consistent">The writer's consistent comparisons array.</param>
/// <param name="ConsistentCount">How many consistent comparisons are published.</param>
/// <param name="Denials">How many denials were added.</param>
/// <param name="Revisions">The claims revised so far (a copy, in the order the revising claims were added).</param>
/// <param name="Figures">The writer's array of compared quantity figures.</param>
/// <param name="Incidents">The incidents added so far (a copy).</param>
/// <param name="Sources">The sources added so far (a copy).</param>
/// <param name="Truncation">What the budget left out so far; <see langword="null"/> for nothing.</param>
internal sealed record SnapshotShared(
    CompactFinding[][] Findings,
    ConsistentComparison[] Consistent,
    int ConsistentCount,
    int Denials,
    ClaimRevision[] Revisions,
    ClaimEntry[] Figures,
    IReadOnlyDictionary<string, Incident> Incidents,
    IReadOnlyDictionary<string, Source> Sources,
    AnalysisTruncation? Truncation);
