using BenchmarkDotNet.Attributes;
using ClaimModel.Engine;

namespace ClaimModel.Benchmarks;

/// <summary>Incremental detection with <see cref="ContradictionIndex"/>. <see cref="AddClaim"/> is the cost of
/// one more claim in a service that has already indexed the rest of the corpus: the index holds the context
/// (actors, sources, incidents), every denial and all claims but the last <see cref="Tail"/>, and the benchmark
/// adds those <see cref="Tail"/> claims one by one (OperationsPerInvoke = <see cref="Tail"/>, so Mean is per
/// claim). <see cref="Stream"/> feeds the whole corpus into an empty index (read ns/claim).</summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks : CorpusBenchmark
{
    /// <summary>The number of claims added per measured invocation.</summary>
    public const int Tail = 1_000;

    private ContradictionIndex _index = null!;

    /// <summary>Builds the index holding everything but the tail claims (not measured).</summary>
    [IterationSetup(Target = nameof(AddClaim))]
    public void FillAllButTail()
    {
        _index = new ContradictionIndex();
        AddContext(_index, Input);
        var claims = Input.Claims.AsSpan();
        for (var i = 0; i < claims.Length - Tail; i++)
        {
            _index.AddClaim(claims[i]);
        }

        foreach (var denial in Input.Denials)
        {
            _index.AddDenial(denial);
        }
    }

    /// <summary>Adds the last <see cref="Tail"/> claims one by one; Mean is per claim.</summary>
    [Benchmark(OperationsPerInvoke = Tail)]
    public int AddClaim()
    {
        var claims = Input.Claims.AsSpan();
        var findings = 0;
        for (var i = Math.Max(0, claims.Length - Tail); i < claims.Length; i++)
        {
            findings += _index.AddClaim(claims[i]).Count;
        }

        return findings;
    }

    /// <summary>Streams the whole corpus (context, then every claim, then every denial) into an empty index.</summary>
    [Benchmark]
    public int Stream()
    {
        var index = new ContradictionIndex();
        AddContext(index, Input);
        var findings = 0;
        foreach (var claim in Input.Claims)
        {
            findings += index.AddClaim(claim).Count;
        }

        foreach (var denial in Input.Denials)
        {
            findings += index.AddDenial(denial).Count;
        }

        return findings;
    }

    private static void AddContext(ContradictionIndex index, ClaimDocument document)
    {
        foreach (var actor in document.Actors)
        {
            index.AddActor(actor);
        }

        foreach (var source in document.Sources)
        {
            index.AddSource(source);
        }

        foreach (var incident in document.Incidents)
        {
            index.AddIncident(incident);
        }
    }
}
