using System.Globalization;
using ClaimModel.Engine;
using ClaimModel.Synthetic;

namespace ClaimModel.Benchmarks;

/// <summary>The <c>--corpus-stats [claims]</c> mode: the shape of the benchmark corpus of that size — records,
/// claims per incident, planted contradictions and the engine's findings by kind — so that per-claim costs
/// can be read against the number of findings the engine must build.</summary>
public static class CorpusStatistics
{
    /// <summary>Prints the statistics; returns the process exit code.</summary>
    /// <param name="claims">The corpus size.</param>
    /// <param name="output">Where to print.</param>
    public static int Run(int claims, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var result = SyntheticCorpus.GenerateWithPlan(new SyntheticCorpusOptions { Claims = claims, Seed = BenchmarkSizes.Seed });
        var document = result.Document;
        var perIncident = document.Claims.ToArray().Where(c => c.Incident is not null).CountBy(c => c.Incident!).Select(p => p.Value).Order().ToArray();
        Print(output, $"claims {document.Claims.Count:N0}, denials {document.Denials.Count:N0}, incidents {document.Incidents.Count:N0}, sources {document.Sources.Count:N0}, actors {document.Actors.Count:N0}");
        Print(output, $"claims per incident: median {perIncident[perIncident.Length / 2]}, max {perIncident[^1]}, reports {document.Claims.ToArray().Sum(c => c.Reports.Count):N0}");
        Print(output, $"planted: {string.Join(", ", result.Planted.ToArray().CountBy(p => p.Kind).Select(p => $"{p.Key} {p.Value:N0}"))}");
        var report = ContradictionDetector.Analyze(document);
        Print(output, $"findings {report.Findings.Count:N0} ({(double)report.Findings.Count / claims:N2} per claim): {string.Join(", ", report.Findings.ToArray().CountBy(f => f.Kind).Select(p => $"{p.Key} {p.Value:N0}"))}");
        return 0;
    }

    private static void Print(TextWriter output, FormattableString line) => output.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
