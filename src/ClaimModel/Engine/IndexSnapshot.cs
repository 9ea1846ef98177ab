namespace ClaimModel.Engine;

/// <summary>What <see cref="ContradictionIndex"/> publishes after each add: the counts most adds change (findings,
/// claims, figures) and the <see cref="SnapshotShared"/> part the other adds change, which a new snapshot shares with
/// the one before when nothing in it changed (a claim's add then makes 40 bytes, not the 96 of one object holding
/// everything). The arrays are read only up to the published counts (those slots never change again). Immutable.</summary>
/// <param name="Shared">The arrays, the other counts and the copies.</param>
/// <param name="Count">How many findings are published.</param>
/// <param name="Claims">How many claims were added.</param>
/// <param name="FigureCount">How many figures are published.</param>
internal sealed record IndexSnapshot(SnapshotShared Shared, int Count, int Claims, int FigureCount)
{
    /// <summary>The writer's findings chunks (<see cref="CompactFindingChunks"/>; only the first <see cref="Count"/>).</summary>
    public CompactFinding[][] Findings => Shared.Findings;

    /// <summary>The writer's consistent comparisons array (only the first <see cref="ConsistentCount"/>).</summary>
    public ConsistentComparison[] Consistent => Shared.Consistent;

    /// <summary>How many consistent comparisons are published.</summary>
    public int ConsistentCount => Shared.ConsistentCount;

    /// <summary>How many denials were added.</summary>
    public int Denials => Shared.Denials;

    /// <summary>The claims revised so far (a copy, in the order the revising claims were added).</summary>
    public ClaimRevision[] Revisions => Shared.Revisions;

    /// <summary>The writer's array of compared quantity figures (only the first <see cref="FigureCount"/>).</summary>
    public ClaimEntry[] Figures => Shared.Figures;

    /// <summary>The incidents added so far (a copy).</summary>
    public IReadOnlyDictionary<string, Incident> Incidents => Shared.Incidents;

    /// <summary>The sources added so far (a copy).</summary>
    public IReadOnlyDictionary<string, Source> Sources => Shared.Sources;

    /// <summary>What the budget left out so far; <see langword="null"/> for nothing.</summary>
    public AnalysisTruncation? Truncation => Shared.Truncation;
}
