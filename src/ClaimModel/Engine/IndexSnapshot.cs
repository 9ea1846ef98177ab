namespace ClaimModel.Engine;

/// <summary>What <see cref="ContradictionIndex"/> publishes after each add: the findings array and the consistent
/// comparisons array (only their first <paramref name="Count"/> and <paramref name="ConsistentCount"/> slots,
/// which never change again) and the counts. Immutable.</summary>
/// <param name="Findings">The writer's findings chunks (<see cref="CompactFindingChunks"/>).</param>
/// <param name="Count">How many findings are published.</param>
/// <param name="Consistent">The writer's consistent comparisons array.</param>
/// <param name="ConsistentCount">How many consistent comparisons are published.</param>
/// <param name="Claims">How many claims were added.</param>
/// <param name="Denials">How many denials were added.</param>
/// <param name="Revisions">The claims revised so far (a copy, in the order the revising claims were added).</param>
/// <param name="Figures">The writer's array of compared quantity figures (only the first <paramref name="FigureCount"/>).</param>
/// <param name="FigureCount">How many figures are published.</param>
/// <param name="Incidents">The incidents added so far (a copy).</param>
/// <param name="Sources">The sources added so far (a copy).</param>
/// <param name="Truncation">What the budget left out so far; <see langword="null"/> for nothing.</param>
internal sealed record IndexSnapshot(
    CompactFinding[][] Findings,
    int Count,
    ConsistentComparison[] Consistent,
    int ConsistentCount,
    int Claims,
    int Denials,
    ClaimRevision[] Revisions,
    ClaimEntry[] Figures,
    int FigureCount,
    IReadOnlyDictionary<string, Incident> Incidents,
    IReadOnlyDictionary<string, Source> Sources,
    AnalysisTruncation? Truncation);
