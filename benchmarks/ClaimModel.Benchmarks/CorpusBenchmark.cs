using BenchmarkDotNet.Attributes;

namespace ClaimModel.Benchmarks;

/// <summary>What every benchmark class shares: the corpus size parameter (<see cref="Sizes"/>, restricted by
/// <c>--sizes</c>) and the synthetic corpus generated once per size (<see cref="Corpus.Generate"/>).</summary>
public abstract class CorpusBenchmark
{
    /// <summary>The corpus size.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Claims { get; set; }

    /// <summary>The selected sizes (<see cref="BenchmarkSizes"/>).</summary>
    public virtual IEnumerable<int> Sizes => BenchmarkSizes.All();

    /// <summary>The generated corpus.</summary>
    protected ClaimDocument Input { get; private set; } = null!;

    /// <summary>Generates the corpus, then lets the class prepare what it derives from it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Input = Corpus.Generate(Claims);
        OnCorpusGenerated();
    }

    /// <summary>Prepares what a class derives from <see cref="Input"/> (not measured).</summary>
    protected virtual void OnCorpusGenerated()
    {
    }
}
