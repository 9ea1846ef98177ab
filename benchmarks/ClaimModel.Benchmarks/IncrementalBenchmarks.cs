using BenchmarkDotNet.Attributes;
using ClaimModel.Disputes;
using ClaimModel.Engine;

namespace ClaimModel.Benchmarks;

/// <summary>Incremental detection with <see cref="ContradictionIndex"/>. <see cref="AddClaim"/> is the cost of
/// one more claim in a service that has already indexed the rest of the corpus: the index holds the context
/// (actors, sources, incidents), every denial and all claims but the last <see cref="Tail"/>, and the benchmark
/// adds those <see cref="Tail"/> claims one by one (OperationsPerInvoke = <see cref="Tail"/>, so Mean is per
/// claim). <see cref="AddClaimAndDisputes"/> adds the same claims with the disputes kept up to date by a
/// <see cref="DisputeTracker"/> that holds the disputes of everything before them; <see cref="AddClaimAndReadDisputes"/>
/// also reads each dispute an add created or changed. <see cref="Stream"/> feeds the whole
/// corpus into an empty index (read ns/claim).</summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks : CorpusBenchmark
{
    /// <summary>The number of claims added per measured invocation.</summary>
    public const int Tail = 1_000;

    private ContradictionIndex _index = null!;

    private DisputeTracker _tracker = null!;

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

    /// <summary>Builds the index as for <see cref="AddClaim"/> and a tracker holding the disputes of its report (not
    /// measured).</summary>
    [IterationSetup(Targets = [nameof(AddClaimAndDisputes), nameof(AddClaimAndReadDisputes)])]
    public void FillAllButTailAndTrack()
    {
        FillAllButTail();
        _tracker = new DisputeTracker(_index);
        _tracker.Reset(_index.GetReport());
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

    /// <summary>Adds the last <see cref="Tail"/> claims one by one and feeds each add's findings to the tracker, which
    /// updates the disputes they touch; Mean is per claim.</summary>
    [Benchmark(OperationsPerInvoke = Tail)]
    public int AddClaimAndDisputes()
    {
        var claims = Input.Claims.AsSpan();
        var touched = 0;
        for (var i = Math.Max(0, claims.Length - Tail); i < claims.Length; i++)
        {
            var update = _tracker.Add(_index.AddClaim(claims[i]));
            touched += update.Created.Count + update.Changed.Count;
        }

        return touched;
    }

    /// <summary>Adds the last <see cref="Tail"/> claims one by one, feeds each add's findings to the tracker and reads every
    /// dispute the add created or changed (<see cref="DisputeTracker.Get"/>), as a service showing live disputes would;
    /// Mean is per claim.</summary>
    [Benchmark(OperationsPerInvoke = Tail)]
    public int AddClaimAndReadDisputes()
    {
        var claims = Input.Claims.AsSpan();
        var findings = 0;
        for (var i = Math.Max(0, claims.Length - Tail); i < claims.Length; i++)
        {
            var update = _tracker.Add(_index.AddClaim(claims[i]));
            foreach (var id in update.Created)
            {
                findings += _tracker.Get(id)!.Findings.Count;
            }

            foreach (var id in update.Changed)
            {
                findings += _tracker.Get(id)!.Findings.Count;
            }
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
