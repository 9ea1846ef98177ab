using System.CommandLine;
using ClaimModel.Engine;
using ClaimModel.Loading;
using ClaimModel.Reporting;
using ClaimModel.Validation;

namespace ClaimModel.Cli;

/// <summary><c>claimmodel analyze &lt;paths&gt;... [--format text|json|markdown|html] [--detail disputes|findings]
/// [--min-severity info|low|medium|high] [--max-findings N] [--output FILE] [--skip-unreadable] [--fail-on-findings] [--stream]</c>: reads and merges the documents (<see cref="ClaimDocumentLoader"/>), validates the merged
/// corpus, finds the contradictions and prints the report, with the figure and time comparisons that came out
/// consistent (<see cref="DetectionOptions.IncludeConsistentComparisons"/>) after the findings.</summary>
/// <remarks>Exit codes: <see cref="ExitAnalyzed"/> (0) the analysis ran, whether or not it found contradictions;
/// <see cref="ExitFindings"/> (1) only with <c>--fail-on-findings</c> (for CI), the analysis found at least one
/// contradiction; <see cref="ExitInputError"/> (2) an input could not be read (and was not skipped), the corpus has
/// validation errors, or the command line or <c>--output</c> is wrong (the errors go to standard error;
/// <c>claimmodel validate</c> gives the full picture); <see cref="ExitCodes.InternalError"/> (3) the run could not
/// complete; <see cref="ExitTruncated"/> (4) the analysis reached its budget (<see cref="AnalysisBudget"/>, <c>--max-findings</c>):
/// the report is written, says what it left out, and is incomplete. Findings are the result of the analysis, not a failure: the README's main job exits 0.</remarks>
internal static class AnalyzeCommand
{
    /// <summary>The analysis ran (findings or not).</summary>
    public const int ExitAnalyzed = 0;

    /// <summary>With <c>--fail-on-findings</c>: the analysis ran and found at least one contradiction.</summary>
    public const int ExitFindings = 1;

    /// <summary>The input could not be read, or is invalid.</summary>
    public const int ExitInputError = ExitCodes.Unreadable;

    /// <summary>The analysis ran but reached its budget: the report is incomplete (it says what was left out).</summary>
    public const int ExitTruncated = ExitCodes.Truncated;

    /// <summary>The options the command analyses with: the defaults, plus the consistent comparisons.</summary>
    public static DetectionOptions Options { get; } = new() { IncludeConsistentComparisons = true };

    /// <summary>Builds the command, running against <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = CommandLineParts.PathsArgument();
        var format = CommandLineParts.FormatOption(OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown, OutputFormat.Html);
        var output = CommandLineParts.OutputOption();
        var skip = CommandLineParts.SkipUnreadableOption();
        var detail = CommandLineParts.DetailOption();
        var maxFindings = new Option<int?>("--max-findings")
        {
            Description = "Keep at most N findings (default 1,000,000); beyond it the report is truncated, says what was left out, and the command exits 4.",
            HelpName = "N",
        };
        maxFindings.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0)
            {
                result.AddError("--max-findings must be 0 or more.");
            }
        });
        var minSeverity = CommandLineParts.MinSeverityOption();
        var failOnFindings = new Option<bool>("--fail-on-findings")
        {
            Description = "Exit with code 1 when the analysis finds at least one contradiction (for CI); without it, exit 0 whenever the analysis ran.",
        };
        var stream = new Option<bool>("--stream")
        {
            Description = "With --format json: write each finding as it is found instead of keeping the report in memory (findings first, in the order found, not capped by --max-findings; then the counts and the disputes).",
        };
        var command = new Command("analyze", "Find contradictions between the claims and denials of ClaimModel JSON documents, merged into one corpus. Exit codes: 0 analysed (findings or not), 1 findings with --fail-on-findings, 2 unreadable or invalid input or a command-line error, 3 internal error, 4 the analysis reached its budget (the report is truncated).")
        {
            paths,
            format,
            output,
            skip,
            detail,
            minSeverity,
            failOnFindings,
            maxFindings,
            stream,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(stream) && (result.GetValue(format) != OutputFormat.Json || result.GetValue(minSeverity) is not null || result.GetValue(maxFindings) is not null))
            {
                result.AddError("--stream needs --format json and takes neither --min-severity nor --max-findings.");
            }
        });
        command.SetAction(result => Run(
            result.GetRequiredValue(paths),
            CommandLineParts.FormatOf(result, format, OutputFormat.Text),
            result.GetValue(output),
            result.GetValue(skip),
            result.GetValue(failOnFindings),
            console,
            result.GetValue(detail) ?? ReportDetail.Disputes,
            result.GetValue(minSeverity),
            result.GetValue(maxFindings),
            result.GetValue(stream)));
        return command;
    }

    /// <summary>Loads, merges and validates the documents at <paramref name="paths"/>, then analyses them.</summary>
    public static int Run(IReadOnlyList<string> paths, OutputFormat format, string? outputPath, bool skipUnreadable, bool failOnFindings, CliConsole console, ReportDetail detail = ReportDetail.Disputes, Severity? minSeverity = null, int? maxFindings = null, bool stream = false)
    {
        using var progress = new ProgressLine(console);
        var errors = new CliErrors(console.Error, format == OutputFormat.Json, progress);
        var corpus = CommandInput.Load(paths, skipUnreadable, console, errors, progress, out var complete);
        if (!complete)
        {
            return errors.Finish(ExitInputError);
        }

        var invalid = corpus.Validate(progress.IfShown).Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        if (invalid.Count > 0)
        {
            foreach (var issue in invalid)
            {
                errors.Invalid(issue);
            }

            errors.Note($"{CorpusCounts.Plural(invalid.Count, "error")}: invalid input, nothing analysed (see 'claimmodel validate')");
            return errors.Finish(ExitInputError);
        }

        if (stream)
        {
            return errors.Finish(StreamedAnalyzeRun.Run(corpus.Document, Options, outputPath, failOnFindings, console, errors, progress));
        }

        var options = maxFindings is { } max ? Options with { Budget = Options.Budget with { MaxFindings = max } } : Options;
        var report = ContradictionDetector.Analyze(corpus.Document, options, progress.IfShown);
        report = minSeverity is { } minimum ? ReportFilter.AtLeast(report, minimum) : report;
        progress.Clear();
        var output = CommandInput.OpenOutput(outputPath, console, errors);
        if (output is null)
        {
            return errors.Finish(ExitInputError);
        }

        ReportRenderer.Render(report, ToReportFormat(format), output, detail);
        CommandInput.CloseOutput(output, console);
        if (report.Truncation is { } truncation)
        {
            errors.Note(ReportPhrases.Truncation(truncation) + " (raise it with --max-findings)");
        }

        return errors.Finish(ExitCode(report, failOnFindings));
    }

    /// <summary>Analyses already-loaded documents (merged as by <see cref="ContradictionDetector.Analyze(IEnumerable{ClaimDocument}, DetectionOptions?)"/>),
    /// writes the report and returns the exit code: <see cref="ExitAnalyzed"/>, or <see cref="ExitFindings"/> when
    /// <paramref name="failOnFindings"/> and there is a finding.</summary>
    public static int Run(IReadOnlyList<ClaimDocument> documents, ReportFormat format, TextWriter output, DetectionOptions? options = null, bool failOnFindings = false)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var report = ContradictionDetector.Analyze(documents, options);
        ReportRenderer.Render(report, format, output);
        return ExitCode(report, failOnFindings);
    }

    /// <summary>A truncated report first (its findings are not all there are), then findings under
    /// <paramref name="failOnFindings"/>.</summary>
    private static int ExitCode(ContradictionReport report, bool failOnFindings) =>
        report.IsTruncated ? ExitTruncated
        : failOnFindings && !report.Findings.IsEmpty ? ExitFindings
        : ExitAnalyzed;

    private static ReportFormat ToReportFormat(OutputFormat format) => format switch
    {
        OutputFormat.Text => ReportFormat.Text,
        OutputFormat.Json => ReportFormat.Json,
        OutputFormat.Markdown => ReportFormat.Markdown,
        OutputFormat.Html => ReportFormat.Html,
        _ => throw new System.Diagnostics.UnreachableException("Unknown output format " + format + "."),
    };
}
