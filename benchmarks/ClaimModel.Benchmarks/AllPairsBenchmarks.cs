using BenchmarkDotNet.Attributes;
using ClaimModel.Engine;

namespace ClaimModel.Benchmarks;

/// <summary>What bucketing buys: the engine's batch detection (baseline) against <see cref="NaiveAllPairs"/>,
/// which only enumerates pairs, at sizes up to <see cref="BenchmarkSizes.AllPairsLimit"/> claims.</summary>
[MemoryDiagnoser]
public class AllPairsBenchmarks : CorpusBenchmark
{
    /// <summary>The selected sizes up to 10k.</summary>
    public override IEnumerable<int> Sizes => BenchmarkSizes.UpToAllPairsLimit();

    /// <summary>Bucketed batch detection (the engine).</summary>
    [Benchmark(Baseline = true)]
    public int Bucketed() => ContradictionDetector.Analyze(Input).Findings.Count;

    /// <summary>All pairs tested with the pairing criterion (no detection work at all).</summary>
    [Benchmark]
    public long AllPairs() => NaiveAllPairs.CountComparablePairs(Input);
}
