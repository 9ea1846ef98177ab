using BenchmarkDotNet.Attributes;
using ClaimModel.Benchmarks.SqlPeer;
using ClaimModel.Engine;

namespace ClaimModel.Benchmarks;

/// <summary>The engine's batch detection (<see cref="ContradictionDetector.Analyze(ClaimDocument, DetectionOptions?)"/>,
/// baseline) against the SQL a user would write instead (<see cref="DuckDbPeer"/>: DuckDB, the corpus loaded once
/// in <see cref="CorpusBenchmark.Setup"/>, outside the timing) with one and with two DuckDB threads. Ratio on the SQL
/// rows is SQL time / engine time: how many times faster the engine is. The SQL computes the
/// <see cref="SqlPeerKinds.Covered"/> kinds only (the same findings as the engine's of those kinds, checked by
/// <c>--sql-peer-check</c> and a test at 10k claims); the engine computes every kind.</summary>
[MemoryDiagnoser]
public class SqlPeerBenchmarks : CorpusBenchmark
{
    private DuckDbPeer? _peer;

    /// <summary>Batch detection; returns the number of findings.</summary>
    [Benchmark(Baseline = true)]
    public int Engine() => ContradictionDetector.Analyze(Input).Findings.Count;

    /// <summary>The SQL peer with one DuckDB thread; returns the number of findings.</summary>
    [Benchmark]
    public long SqlOneThread() => _peer!.Run(1);

    /// <summary>The SQL peer with two DuckDB threads; returns the number of findings.</summary>
    [Benchmark]
    public long SqlTwoThreads() => _peer!.Run(2);

    /// <summary>Closes the database.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _peer?.Dispose();
        _peer = null;
    }

    /// <summary>Loads the corpus into DuckDB (not measured).</summary>
    protected override void OnCorpusGenerated() => _peer = DuckDbPeer.Load(Input);
}
