using ClaimModel.Synthetic;

namespace ClaimModel.Benchmarks;

/// <summary>The benchmark inputs: synthetic corpora with the fixed seed <see cref="BenchmarkSizes.Seed"/>.</summary>
public static class Corpus
{
    /// <summary>Generates the corpus of <paramref name="claims"/> claims.</summary>
    /// <param name="claims">The number of claims.</param>
    public static ClaimDocument Generate(int claims) => SyntheticCorpus.Generate(claims, BenchmarkSizes.Seed);
}
