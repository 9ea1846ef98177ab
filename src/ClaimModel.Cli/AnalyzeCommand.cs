using System.CommandLine;
using ClaimModel.Engine;
using ClaimModel.Reporting;

namespace ClaimModel.Cli;

/// <summary><c>claimmodel analyze &lt;files|folders&gt;... [--format text|json|markdown]</c>: finds the
/// contradictions across the given documents (merged: all actors, sources and incidents, then every claim and
/// denial) and prints the report.</summary>
/// <remarks>Exit codes: <see cref="ExitNoFindings"/> (0), <see cref="ExitFindings"/> (1),
/// <see cref="ExitInputError"/> (2: a path, read or validation error reported by the loader).</remarks>
public static class AnalyzeCommand
{
    /// <summary>The analysis ran and found nothing.</summary>
    public const int ExitNoFindings = 0;

    /// <summary>The analysis ran and found at least one contradiction.</summary>
    public const int ExitFindings = 1;

    /// <summary>The input could not be loaded (the loader wrote why).</summary>
    public const int ExitInputError = 2;

    /// <summary>Builds the <c>analyze</c> command.</summary>
    /// <param name="load">Loads the documents of the given files (folders already expanded by
    /// <see cref="AnalyzePaths.Expand"/>), writing any error to the given writer; <see langword="null"/> when the
    /// input is unusable. Reading and validating JSON belong to the JSON and validation code.</param>
    public static Command Create(Func<IReadOnlyList<string>, TextWriter, IReadOnlyList<ClaimDocument>?> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var paths = new Argument<string[]>("paths")
        {
            Description = "Document files, or folders searched recursively for *.json files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + ReportRenderer.FormatNames + ".",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "markdown");

        var command = new Command("analyze", "Find contradictions between the claims and denials of the given documents.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!ReportRenderer.TryParseFormat(parse.GetValue(format) ?? "text", out var reportFormat))
            {
                error.WriteLine("Unknown format; use one of: " + ReportRenderer.FormatNames + ".");
                return ExitInputError;
            }

            var files = AnalyzePaths.Expand(parse.GetValue(paths) ?? [], error);
            if (files is null)
            {
                return ExitInputError;
            }

            var documents = load(files, error);
            return documents is null ? ExitInputError : Run(documents, reportFormat, output);
        });
        return command;
    }

    /// <summary>Analyses already-loaded documents, writes the report and returns the exit code.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="format">The output format.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="options">The detection policies; defaults when <see langword="null"/>.</param>
    public static int Run(IReadOnlyList<ClaimDocument> documents, ReportFormat format, TextWriter output, DetectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var report = ContradictionDetector.Analyze(documents, options);
        output.Write(ReportRenderer.Render(report, format));
        return report.Findings.IsEmpty ? ExitNoFindings : ExitFindings;
    }
}
