using System.CommandLine;
using ClaimModel.Engine;
using ClaimModel.Loading;
using ClaimModel.Reporting;
using ClaimModel.Validation;

namespace ClaimModel.Cli;

/// <summary><c>claimmodel analyze &lt;files|folders&gt;... [--format text|json|markdown] [--fail-on-findings]</c>:
/// reads and merges the documents (<see cref="ClaimDocumentLoader"/>), validates the merged corpus, finds the
/// contradictions and prints the report, with the figure and time comparisons that came out consistent
/// (<see cref="DetectionOptions.IncludeConsistentComparisons"/>) after the findings.</summary>
/// <remarks>Exit codes: <see cref="ExitAnalyzed"/> (0) the analysis ran, whether or not it found contradictions;
/// <see cref="ExitFindings"/> (1) only with <c>--fail-on-findings</c> (for CI), the analysis found at least one
/// contradiction; <see cref="ExitInputError"/> (2) an input could not be read or the corpus has validation errors
/// (the errors are printed; <c>claimmodel validate</c> gives the full picture). Findings are the result of the
/// analysis, not a failure: the README's main job exits 0.</remarks>
internal static class AnalyzeCommand
{
    /// <summary>The analysis ran (findings or not).</summary>
    public const int ExitAnalyzed = 0;

    /// <summary>With <c>--fail-on-findings</c>: the analysis ran and found at least one contradiction.</summary>
    public const int ExitFindings = 1;

    /// <summary>The input could not be read, or is invalid.</summary>
    public const int ExitInputError = ExitCodes.Unreadable;

    /// <summary>The options the command analyses with: the defaults, plus the consistent comparisons.</summary>
    public static DetectionOptions Options { get; } = new() { IncludeConsistentComparisons = true };

    /// <summary>Builds the command; output goes to <paramref name="output"/>.</summary>
    public static Command Create(TextWriter output)
    {
        var paths = CommandLineParts.PathsArgument();
        var format = CommandLineParts.FormatOption(OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown);
        var failOnFindings = new Option<bool>("--fail-on-findings")
        {
            Description = "Exit with code 1 when the analysis finds at least one contradiction (for CI); without it, exit 0 whenever the analysis ran.",
        };
        var command = new Command("analyze", "Find contradictions between the claims and denials of ClaimModel JSON documents (files or folders of *.json), merged into one corpus. Exit codes: 0 analysed (findings or not), 1 findings with --fail-on-findings, 2 unreadable or invalid input.")
        {
            paths,
            format,
            failOnFindings,
        };
        command.SetAction(result => Run(result.GetRequiredValue(paths), result.GetValue(format), result.GetValue(failOnFindings), output));
        return command;
    }

    /// <summary>Loads, merges and validates the documents at <paramref name="paths"/>, then analyses them.</summary>
    public static int Run(IReadOnlyList<string> paths, OutputFormat format, bool failOnFindings, TextWriter output)
    {
        var corpus = ClaimDocumentLoader.Load(paths);
        if (!corpus.IsReadable)
        {
            foreach (var failure in corpus.Failures)
            {
                output.Write($"unreadable: {failure}\n");
            }

            return ExitInputError;
        }

        var issues = corpus.Validate().Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        if (issues.Count > 0)
        {
            foreach (var issue in issues)
            {
                output.Write($"{issue}\n");
            }

            output.Write($"{CorpusCounts.Plural(issues.Count, "error")}: invalid input, nothing analysed (see 'claimmodel validate')\n");
            return ExitInputError;
        }

        return Run([corpus.Document], ToReportFormat(format), output, Options, failOnFindings);
    }

    /// <summary>Analyses already-loaded documents (merged as by <see cref="ContradictionDetector.Analyze(IEnumerable{ClaimDocument}, DetectionOptions?)"/>),
    /// writes the report and returns the exit code: <see cref="ExitAnalyzed"/>, or <see cref="ExitFindings"/> when
    /// <paramref name="failOnFindings"/> and there is a finding.</summary>
    public static int Run(IReadOnlyList<ClaimDocument> documents, ReportFormat format, TextWriter output, DetectionOptions? options = null, bool failOnFindings = false)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var report = ContradictionDetector.Analyze(documents, options);
        output.Write(ReportRenderer.Render(report, format));
        return failOnFindings && !report.Findings.IsEmpty ? ExitFindings : ExitAnalyzed;
    }

    private static ReportFormat ToReportFormat(OutputFormat format) => format switch
    {
        OutputFormat.Json => ReportFormat.Json,
        OutputFormat.Markdown => ReportFormat.Markdown,
        _ => ReportFormat.Text,
    };
}
