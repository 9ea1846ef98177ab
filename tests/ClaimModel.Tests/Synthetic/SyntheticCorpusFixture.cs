using ClaimModel.Synthetic;

namespace ClaimModel.Tests.Synthetic;

/// <summary>One 10k-claim corpus (default seed) shared by the shape tests.</summary>
public sealed class SyntheticCorpusFixture
{
    public const int Claims = 10_000;

    public SyntheticCorpusResult Result { get; } = SyntheticCorpus.GenerateWithPlan(new SyntheticCorpusOptions { Claims = Claims });

    public ClaimDocument Document => Result.Document;
}
