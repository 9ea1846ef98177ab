using System.Diagnostics;
using System.Globalization;
using ClaimModel.Engine;

namespace ClaimModel.Benchmarks;

/// <summary>The <c>--hostile case n [consistent]</c> mode: one analysis of a <see cref="HostileCorpus"/> case, timed
/// once (wall-clock and process CPU time, which a shared machine disturbs less), with the bytes it allocated, the peak working set of the process and the findings it kept; for cases too
/// slow to repeat under BenchmarkDotNet (the quadratic behaviour before the engine grouped agreeing claims).</summary>
public static class HostileRun
{
    /// <summary>Builds, analyses and prints; returns the process exit code.</summary>
    /// <param name="name">The case (<see cref="HostileCorpus.Cases"/>).</param>
    /// <param name="n">Its size.</param>
    /// <param name="consistent">Whether consistent comparisons are kept.</param>
    /// <param name="output">Where to print.</param>
    public static int Run(string name, int n, bool consistent, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var document = HostileCorpus.Build(name, n);
        var options = DetectionOptions.Default with { IncludeConsistentComparisons = consistent };
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var report = ContradictionDetector.Analyze(document, options);
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        process.Refresh();
        cpu = process.TotalProcessorTime - cpu;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name} n={n:N0} consistent={consistent}: {clock.Elapsed.TotalMilliseconds:N0} ms wall, {cpu.TotalMilliseconds:N0} ms CPU, allocated {allocated / 1e6:N1} MB, peak working set {process.PeakWorkingSet64 / 1e6:N0} MB, findings {report.Findings.Count:N0}, consistent comparisons {report.ConsistentComparisons.Count:N0}"));
        return 0;
    }
}
