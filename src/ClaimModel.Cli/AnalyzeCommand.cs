using System.CommandLine;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Validation;

namespace ClaimModel.Cli;

/// <summary><c>claimmodel analyze &lt;files|folders&gt;... [--format text|json|markdown]</c>: reads and merges the
/// documents (<see cref="DocumentLoader"/>), validates the merged corpus, finds the contradictions and prints the
/// report.</summary>
/// <remarks>Exit codes: <see cref="ExitNoFindings"/> (0) nothing found, <see cref="ExitFindings"/> (1) at least one
/// finding, <see cref="ExitInputError"/> (2) an input could not be read or the corpus has validation errors (the
/// errors are printed; <c>claimmodel validate</c> gives the full picture).</remarks>
internal static class AnalyzeCommand
{
    /// <summary>The analysis ran and found nothing.</summary>
    public const int ExitNoFindings = 0;

    /// <summary>The analysis ran and found at least one contradiction.</summary>
    public const int ExitFindings = 1;

    /// <summary>The input could not be read, or is invalid.</summary>
    public const int ExitInputError = ExitCodes.Unreadable;

    /// <summary>Builds the command; output goes to <paramref name="output"/>.</summary>
    public static Command Create(TextWriter output)
    {
        var paths = CommandLineParts.PathsArgument();
        var format = CommandLineParts.FormatOption(OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown);
        var command = new Command("analyze", "Find contradictions between the claims and denials of ClaimModel JSON documents (files or folders of *.json), merged into one corpus.")
        {
            paths,
            format,
        };
        command.SetAction(result => Run(result.GetRequiredValue(paths), result.GetValue(format), output));
        return command;
    }

    /// <summary>Loads, merges and validates the documents at <paramref name="paths"/>, then analyses them.</summary>
    public static int Run(IReadOnlyList<string> paths, OutputFormat format, TextWriter output)
    {
        var corpus = DocumentLoader.Load(paths);
        if (!corpus.IsReadable)
        {
            foreach (var failure in corpus.Failures)
            {
                output.Write($"unreadable: {failure}\n");
            }

            return ExitInputError;
        }

        var issues = corpus.Merge.Issues
            .Concat(ClaimValidation.Validate(corpus.Merge.Document).Issues.Select(i => i with { Path = corpus.Merge.Origin(i.Path) }))
            .Where(i => i.Severity == IssueSeverity.Error)
            .ToList();
        if (issues.Count > 0)
        {
            foreach (var issue in issues)
            {
                output.Write($"{issue}\n");
            }

            output.Write($"{CorpusCounts.Plural(issues.Count, "error")}: invalid input, nothing analysed (see 'claimmodel validate')\n");
            return ExitInputError;
        }

        return Run([corpus.Merge.Document], ToReportFormat(format), output);
    }

    /// <summary>Analyses already-loaded documents (merged as by <see cref="ContradictionDetector.Analyze(IEnumerable{ClaimDocument}, DetectionOptions?)"/>),
    /// writes the report and returns the exit code.</summary>
    public static int Run(IReadOnlyList<ClaimDocument> documents, ReportFormat format, TextWriter output, DetectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var report = ContradictionDetector.Analyze(documents, options);
        output.Write(ReportRenderer.Render(report, format));
        return report.Findings.IsEmpty ? ExitNoFindings : ExitFindings;
    }

    private static ReportFormat ToReportFormat(OutputFormat format) => format switch
    {
        OutputFormat.Json => ReportFormat.Json,
        OutputFormat.Markdown => ReportFormat.Markdown,
        _ => ReportFormat.Text,
    };
}
