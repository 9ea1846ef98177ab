using ClaimModel.Engine;
using ClaimModel.Reporting;

namespace ClaimModel.Cli;

/// <summary><c>claimmodel analyze --format json --stream</c>: the analysis written as the streamed report JSON
/// (<see cref="StreamedReportJsonWriter"/>), so that the findings are never all in memory: each is written as it is
/// found, and only the disputes are kept.</summary>
internal static class StreamedAnalyzeRun
{
    /// <summary>Analyses <paramref name="document"/> with <paramref name="options"/> and writes the streamed report to
    /// <paramref name="outputPath"/> (standard output when <see langword="null"/>); returns the exit code of
    /// <see cref="AnalyzeCommand"/>.</summary>
    public static int Run(ClaimDocument document, DetectionOptions options, string? outputPath, bool failOnFindings, CliConsole console, CliErrors errors, ProgressLine progress)
    {
        progress.Clear();
        var output = CommandInput.OpenOutput(outputPath, console, errors);
        if (output is null)
        {
            return AnalyzeCommand.ExitInputError;
        }

        var analysis = StreamedReportJsonWriter.Write([document], options, output);
        CommandInput.CloseOutput(output, console);
        if (analysis.Report.Truncation is { } truncation)
        {
            errors.Note(ReportPhrases.Truncation(truncation));
            return AnalyzeCommand.ExitTruncated;
        }

        return failOnFindings && analysis.FindingCount > 0 ? AnalyzeCommand.ExitFindings : AnalyzeCommand.ExitAnalyzed;
    }
}
