using System.Diagnostics;
using System.Globalization;
using ClaimModel.Engine;

namespace ClaimModel.Benchmarks.SqlPeer;

/// <summary>The <c>--sql-peer-check [claims]</c> mode: analyses the benchmark corpus with the engine and with the
/// SQL peer (one run each, one and two threads), prints the finding counts by kind and one wall-clock time of
/// each, and the difference of the two finding sets; exit code 1 when they differ.</summary>
public static class SqlPeerCheck
{
    /// <summary>Runs the check; returns the process exit code.</summary>
    /// <param name="claims">The corpus size.</param>
    /// <param name="output">Where to print.</param>
    public static int Run(int claims, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var document = Corpus.Generate(claims);
        var clock = Stopwatch.StartNew();
        var report = ContradictionDetector.Analyze(document);
        var engineTime = clock.Elapsed;
        var expected = SqlPeerKinds.EngineFindings(report);
        clock.Restart();
        using var peer = DuckDbPeer.Load(document);
        var loadTime = clock.Elapsed;
        clock.Restart();
        peer.Run(1);
        var oneThread = clock.Elapsed;
        clock.Restart();
        peer.Run(2);
        var twoThreads = clock.Elapsed;
        var actual = peer.ReadFindings();
        foreach (var (statement, time) in peer.Profile(1))
        {
            Print(output, $"  1 thread {time.TotalMilliseconds,8:N1} ms  {statement}");
        }

        Print(output, $"claims {claims:N0}: engine {report.Findings.Count:N0} findings, {expected.Count:N0} of the compared kinds ({Kinds(expected)}); excluded: {string.Join(", ", SqlPeerKinds.Excluded)}");
        Print(output, $"SQL peer {actual.Count:N0} findings ({Kinds(actual)})");
        Print(output, $"one run each: engine Analyze {engineTime.TotalMilliseconds:N0} ms; DuckDB load {loadTime.TotalMilliseconds:N0} ms, SQL 1 thread {oneThread.TotalMilliseconds:N0} ms, 2 threads {twoThreads.TotalMilliseconds:N0} ms");
        var diff = FindingSetDiff.Compare(expected, actual);
        if (diff.IsEmpty)
        {
            Print(output, $"equal: the same {expected.Count:N0} findings, pair for pair");
            return 0;
        }

        output.Write(diff.Describe("engine", "SQL peer"));
        return 1;
    }

    private static string Kinds(List<PeerFinding> findings) =>
        string.Join(", ", findings.CountBy(f => f.Kind).OrderBy(p => p.Key).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:N0}")));

    private static void Print(TextWriter output, FormattableString line) => output.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
