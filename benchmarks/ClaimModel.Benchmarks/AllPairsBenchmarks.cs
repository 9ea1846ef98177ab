using BenchmarkDotNet.Attributes;
using ClaimModel.Engine;

namespace ClaimModel.Benchmarks;

/// <summary>What bucketing buys: the engine's batch detection (baseline) against <see cref="NaiveAllPairs"/>,
/// which only enumerates pairs, at sizes up to <see cref="BenchmarkSizes.AllPairsLimit"/> claims.</summary>
[MemoryDiagnoser]
public class AllPairsBenchmarks
{
    private ClaimDocument _document = null!;

    /// <summary>The corpus size.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Claims { get; set; }

    /// <summary>The selected sizes up to 10k.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.UpToAllPairsLimit();

    /// <summary>Generates the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _document = Corpus.Generate(Claims);

    /// <summary>Bucketed batch detection (the engine).</summary>
    [Benchmark(Baseline = true)]
    public int Bucketed() => ContradictionDetector.Analyze(_document).Findings.Count;

    /// <summary>All pairs tested with the pairing criterion (no detection work at all).</summary>
    [Benchmark]
    public long AllPairs() => NaiveAllPairs.CountComparablePairs(_document);
}
