using System.Globalization;
using ClaimModel.Disputes;
using ClaimModel.Engine;

namespace ClaimModel.Benchmarks;

/// <summary>The <c>--batch [claims]</c> mode: batch detection over the synthetic corpus (<see cref="Corpus"/>; 1,000,000
/// claims by default), timed once (<see cref="SingleRun"/>) three ways: the findings not read, every finding read in full
/// (participants, origins, explanation and id), and the disputes built from the report; bytes allocated per claim for
/// each.</summary>
public static class BatchRun
{
    /// <summary>Builds, analyses, measures and prints; returns the process exit code.</summary>
    /// <param name="claims">The number of claims.</param>
    /// <param name="output">Where to print.</param>
    public static int Run(int claims, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var document = Corpus.Generate(claims);
        var n = document.Claims.Count;
        ContradictionReport? report = null;
        var detected = SingleRun.Measure(() => report = ContradictionDetector.Analyze(document));
        Print(output, "batch, findings not read", detected, n, report!.Findings.Count);

        report = null;
        long characters = 0;
        var read = SingleRun.Measure(() =>
        {
            report = ContradictionDetector.Analyze(document);
            foreach (var finding in report.Findings)
            {
                characters += finding.Explanation.Length + finding.Id.Length + finding.Participants.Count + finding.Origins.Count;
            }
        });
        Print(output, "batch, every finding read", read, n, report!.Findings.Count);

        report = null;
        var disputes = 0;
        var disputed = SingleRun.Measure(() =>
        {
            report = ContradictionDetector.Analyze(document);
            disputes = DisputeAnalyzer.Analyze(report).Disputes.Count;
        });
        Print(output, $"batch, then {disputes:N0} disputes", disputed, n, report!.Findings.Count);
        GC.KeepAlive(characters);
        return 0;
    }

    private static void Print(TextWriter output, string what, SingleRun run, int claims, int findings) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{what}: {claims:N0} claims, {findings:N0} findings: {run}, {run.Allocated / (double)claims:N1} B/claim ({run.Allocated:N0} B)"));
}
