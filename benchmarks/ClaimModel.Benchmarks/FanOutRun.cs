using System.Diagnostics;
using System.Globalization;
using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Synthetic;

namespace ClaimModel.Benchmarks;

/// <summary>The <c>--fan-out [incidents]</c> mode: the fan-out corpus (<see cref="FanOutCorpus"/>; 5,000 incidents
/// = 300,000 claims by default, about 40 accusations each) analysed with the default budget, its dispute report
/// rendered and every finding kept streamed as JSON, each to a null sink; timed once (<see cref="SingleRun"/>), with
/// the time of each phase.</summary>
public static class FanOutRun
{
    /// <summary>Builds, analyses, renders and prints; returns the process exit code.</summary>
    /// <param name="incidents">The number of incidents.</param>
    /// <param name="output">Where to print.</param>
    public static int Run(int incidents, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var document = FanOutCorpus.Generate(incidents);
        ContradictionReport? report = null;
        TimeSpan analysed = default, summarised = default, analysedCpu = default, summarisedCpu = default;
        using var process = Process.GetCurrentProcess();
        TimeSpan Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }

        var run = SingleRun.Measure(() =>
        {
            var (clock, cpu) = (Stopwatch.StartNew(), Cpu());
            report = ContradictionDetector.Analyze(document);
            (analysed, analysedCpu) = (clock.Elapsed, Cpu() - cpu);
            ReportRenderer.Render(report, ReportFormat.Text, TextWriter.Null, ReportDetail.Disputes);
            (summarised, summarisedCpu) = (clock.Elapsed - analysed, Cpu() - cpu - analysedCpu);
            ReportRenderer.Render(report, ReportFormat.Json, Stream.Null);
        });
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"fan-out {incidents:N0} incidents, {document.Claims.Count:N0} claims: analysed in {analysed.TotalMilliseconds:N0} ms ({analysedCpu.TotalMilliseconds:N0} ms CPU), dispute report {summarised.TotalMilliseconds:N0} ms ({summarisedCpu.TotalMilliseconds:N0} ms CPU), JSON with every finding {(run.Wall - analysed - summarised).TotalMilliseconds:N0} ms ({(run.Cpu - analysedCpu - summarisedCpu).TotalMilliseconds:N0} ms CPU); analysed and rendered in {run}, findings kept {report!.Findings.Count:N0}, dropped {report.Truncation?.FindingsDropped ?? 0:N0}"));
        return 0;
    }

    /// <summary>The <c>--fan-out-streamed [incidents]</c> mode: the same corpus analysed and rendered as the streamed
    /// JSON report (<see cref="StreamedReportJsonWriter"/>: every finding written while it is found, no findings cap, then
    /// the disputes kept), to a null sink; timed once.</summary>
    /// <param name="incidents">The number of incidents.</param>
    /// <param name="output">Where to print.</param>
    public static int RunStreamed(int incidents, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var document = FanOutCorpus.Generate(incidents);
        StreamedAnalysis? analysis = null;
        var run = SingleRun.Measure(() => analysis = StreamedReportJsonWriter.Write([document], null, Stream.Null));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"fan-out streamed {incidents:N0} incidents, {document.Claims.Count:N0} claims: analysed and rendered as streamed JSON (every finding, then the disputes) in {run}, findings streamed {analysis!.FindingCount:N0}, disputes {analysis.Disputes.Disputes.Count:N0}"));

        // The same analysis with the findings handed to a callback that drops them: what the JSON of the findings costs
        // is the difference (the peak working set is the process's, so at least the run above's).
        var dropped = SingleRun.Measure(() => analysis = DisputeAnalyzer.AnalyzeStreaming([document], null, static _ => { }));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"fan-out streamed to a callback that drops them: analysed with the disputes kept in {dropped}, findings {analysis!.FindingCount:N0}"));
        return 0;
    }
}
