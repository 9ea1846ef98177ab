using BenchmarkDotNet.Attributes;
using ClaimModel.Engine;

namespace ClaimModel.Benchmarks;

/// <summary>Batch contradiction detection over the whole corpus (<see cref="ContradictionDetector.Analyze(ClaimDocument, DetectionOptions?)"/>)
/// against the <see cref="BucketKeyFloor"/> baseline, so Ratio reads "× the floor"; see ns/claim and B/claim.</summary>
[MemoryDiagnoser]
public class DetectionBenchmarks
{
    private ClaimDocument _document = null!;

    /// <summary>The corpus size.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Claims { get; set; }

    /// <summary>The selected sizes (<see cref="BenchmarkSizes"/>).</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.All();

    /// <summary>Generates the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _document = Corpus.Generate(Claims);

    /// <summary>One linear pass hashing every bucket key: the floor.</summary>
    [Benchmark(Baseline = true)]
    public int Floor() => BucketKeyFloor.Touch(_document);

    /// <summary>Batch detection; returns the number of findings.</summary>
    [Benchmark]
    public int Batch() => ContradictionDetector.Analyze(_document).Findings.Count;
}
