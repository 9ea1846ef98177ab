using System.Globalization;
using ClaimModel.Engine;

namespace ClaimModel.Benchmarks;

/// <summary>The <c>--hostile case n [consistent]</c> mode: one analysis of a <see cref="HostileCorpus"/> case, timed
/// once (<see cref="SingleRun"/>) with the findings it kept; for cases too slow to repeat under BenchmarkDotNet (the
/// quadratic behaviour before the engine grouped agreeing claims).</summary>
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
        ContradictionReport? report = null;
        var run = SingleRun.Measure(() => report = ContradictionDetector.Analyze(document, options));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name} n={n:N0} consistent={consistent}: {run}, findings {report!.Findings.Count:N0}, consistent comparisons {report.ConsistentComparisons.Count:N0}, comparisons skipped {report.Truncation?.ComparisonsSkipped ?? 0:N0}, findings dropped {report.Truncation?.FindingsDropped ?? 0:N0}"));
        return 0;
    }
}
