using System.Diagnostics;
using System.Globalization;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Synthetic;

namespace ClaimModel.Benchmarks;

/// <summary>The <c>--fan-out [incidents]</c> mode: the fan-out corpus (<see cref="FanOutCorpus"/>; 5,000 incidents
/// = 300,000 claims by default, about 40 accusations each) analysed with the default budget, its dispute report
/// rendered and every finding kept streamed as JSON, each to a null sink; timed once (wall-clock and process CPU),
/// with the bytes allocated and the peak working set of the process.</summary>
public static class FanOutRun
{
    /// <summary>Builds, analyses, renders and prints; returns the process exit code.</summary>
    /// <param name="incidents">The number of incidents.</param>
    /// <param name="output">Where to print.</param>
    public static int Run(int incidents, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var document = FanOutCorpus.Generate(incidents);
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var report = ContradictionDetector.Analyze(document);
        var analysed = clock.Elapsed;
        ReportRenderer.Render(report, ReportFormat.Text, TextWriter.Null, ReportDetail.Disputes);
        var summarised = clock.Elapsed;
        ReportRenderer.Render(report, ReportFormat.Json, Stream.Null);
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        process.Refresh();
        cpu = process.TotalProcessorTime - cpu;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"fan-out {incidents:N0} incidents, {document.Claims.Count:N0} claims: analysed in {analysed.TotalMilliseconds:N0} ms, dispute report {(summarised - analysed).TotalMilliseconds:N0} ms, JSON with every finding {(clock.Elapsed - summarised).TotalMilliseconds:N0} ms; analysed and rendered in {clock.Elapsed.TotalMilliseconds:N0} ms wall, {cpu.TotalMilliseconds:N0} ms CPU, allocated {allocated / 1e6:N1} MB, peak working set {process.PeakWorkingSet64 / 1e6:N0} MB, findings kept {report.Findings.Count:N0}, dropped {report.Truncation?.FindingsDropped ?? 0:N0}"));
        return 0;
    }
}
