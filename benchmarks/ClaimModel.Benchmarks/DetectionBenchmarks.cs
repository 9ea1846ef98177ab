using BenchmarkDotNet.Attributes;
using ClaimModel.Engine;

namespace ClaimModel.Benchmarks;

/// <summary>Batch contradiction detection over the whole corpus (<see cref="ContradictionDetector.Analyze(ClaimDocument, DetectionOptions?)"/>)
/// against the <see cref="BucketKeyFloor"/> baseline, so Ratio reads "× the floor"; see ns/claim and B/claim.</summary>
[MemoryDiagnoser]
public class DetectionBenchmarks : CorpusBenchmark
{
    /// <summary>One linear pass hashing every bucket key: the floor.</summary>
    [Benchmark(Baseline = true)]
    public int Floor() => BucketKeyFloor.Touch(Input);

    /// <summary>Batch detection; returns the number of findings. Explanations are built when first read, so
    /// this is the cost of finding and sorting the contradictions.</summary>
    [Benchmark]
    public int Batch() => ContradictionDetector.Analyze(Input).Findings.Count;

    /// <summary>Batch detection, then every finding's explanation read once: the cost of a consumer that shows
    /// or stores all of them.</summary>
    [Benchmark]
    public long BatchAndExplain()
    {
        long characters = 0;
        foreach (var finding in ContradictionDetector.Analyze(Input).Findings)
        {
            characters += finding.Explanation.Length;
        }

        return characters;
    }
}
