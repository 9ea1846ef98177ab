namespace ClaimModel.Synthetic;

/// <summary>What <see cref="SyntheticCorpus"/> generates: size, seed and the rates of denials and planted
/// contradictions.</summary>
public sealed record SyntheticCorpusOptions
{
    /// <summary>The number of claims (exactly this many are generated).</summary>
    public required int Claims { get; init; }

    /// <summary>The seed; the same options always give an equal document.</summary>
    public int Seed { get; init; } = SyntheticCorpus.DefaultSeed;

    /// <summary>The chance, per claim, that another side denies it (by id, by statement, or both); the
    /// number of denials is about this fraction of <see cref="Claims"/>. Default 0.10.</summary>
    public double DenialRate { get; init; } = 0.10;

    /// <summary>The chance, per claim slot, that the slot starts a planted contradiction (a consistent
    /// claim plus a claim or denial that contradicts it). Default 0.01.</summary>
    public double ContradictionRate { get; init; } = 0.01;
}
