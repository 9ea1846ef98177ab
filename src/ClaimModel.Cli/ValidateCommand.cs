using System.CommandLine;
using System.Text.Json;
using ClaimModel.Loading;
using ClaimModel.Validation;

namespace ClaimModel.Cli;

/// <summary><c>claimmodel validate &lt;paths&gt;... [--format text|json] [--output FILE] [--skip-unreadable]</c>: reads
/// and merges the documents (<see cref="ClaimDocumentLoader"/>), validates the corpus and prints the documents read
/// and every issue. Unreadable inputs are listed on standard error (and, in the JSON result, under
/// <c>unreadable</c>). Exit code 0 valid, 1 invalid, 2 unreadable input (unless skipped) or a command-line or
/// output error, 3 internal error.</summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command, running against <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = CommandLineParts.PathsArgument();
        var format = CommandLineParts.FormatOption(OutputFormat.Text, OutputFormat.Json);
        var output = CommandLineParts.OutputOption();
        var skip = CommandLineParts.SkipUnreadableOption();
        var command = new Command("validate", "Validate ClaimModel JSON documents, merged into one corpus, and list every issue with its file and path. Exit codes: 0 valid, 1 invalid, 2 unreadable input or a command-line error, 3 internal error.")
        {
            paths,
            format,
            output,
            skip,
        };
        command.SetAction(result => Run(
            result.GetRequiredValue(paths), CommandLineParts.FormatOf(result, format, OutputFormat.Text), result.GetValue(output), result.GetValue(skip), console));
        return command;
    }

    /// <summary>Validates the documents at <paramref name="paths"/> and prints the result.</summary>
    public static int Run(IReadOnlyList<string> paths, OutputFormat format, string? outputPath, bool skipUnreadable, CliConsole console)
    {
        using var progress = new ProgressLine(console);
        var errors = new CliErrors(console.Error, format == OutputFormat.Json, progress);
        var corpus = CommandInput.Load(paths, skipUnreadable, console, errors, progress, out var complete);
        var issues = corpus.Validate(progress.IfShown).Issues;
        progress.Clear();
        var output = CommandInput.OpenOutput(outputPath, console, errors);
        if (output is null)
        {
            return errors.Finish(ExitCodes.Unreadable);
        }

        if (format == OutputFormat.Json)
        {
            WriteJson(corpus, complete, issues, output);
        }
        else
        {
            WriteText(corpus, complete, issues, output);
        }

        CommandInput.CloseOutput(output, console);
        var exit = !complete ? ExitCodes.Unreadable
            : issues.Any(i => i.Severity == IssueSeverity.Error) ? ExitCodes.Invalid
            : ExitCodes.Valid;
        return errors.Finish(exit);
    }

    private static void WriteText(LoadedCorpus corpus, bool complete, IReadOnlyList<ValidationIssue> issues, TextWriter output)
    {
        var articles = corpus.Documents.Count(d => d.Document.Sources.Any(s => s?.Text is not null));
        output.Write($"{CorpusCounts.Plural(corpus.Documents.Count, "document")} read ({articles} with article text, {corpus.Documents.Count - articles} shared)\n");
        foreach (var document in corpus.Documents)
        {
            output.Write($"  {document.Name}: {CorpusCounts.Of(document.Document)}\n");
        }

        if (!corpus.IsReadable)
        {
            output.Write($"{CorpusCounts.Plural(corpus.Failures.Count, "input")} {(complete ? "skipped" : "not read")} (see standard error)\n");
        }

        output.Write($"merged corpus: {CorpusCounts.Of(corpus.Document)}\n");
        foreach (var issue in issues)
        {
            output.Write($"{issue}\n");
        }

        var errors = issues.Count(i => i.Severity == IssueSeverity.Error);
        var warnings = issues.Count - errors;
        var verdict = !complete ? "unreadable" : errors > 0 ? "invalid" : "valid";
        output.Write($"{CorpusCounts.Plural(errors, "error")}, {CorpusCounts.Plural(warnings, "warning")}: {verdict}\n");
    }

    private static void WriteJson(LoadedCorpus corpus, bool complete, IReadOnlyList<ValidationIssue> issues, TextWriter output) => CliJson.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteBoolean("valid", complete && issues.All(i => i.Severity != IssueSeverity.Error));
        json.WriteStartArray("documents");
        foreach (var document in corpus.Documents)
        {
            json.WriteStartObject();
            json.WriteString("name", document.Name);
            WriteCounts(json, CorpusCounts.Of(document.Document));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("unreadable");
        foreach (var failure in corpus.Failures)
        {
            CliJson.WriteFailure(json, failure);
        }

        json.WriteEndArray();
        json.WriteStartObject("merged");
        WriteCounts(json, CorpusCounts.Of(corpus.Document));
        json.WriteEndObject();
        json.WriteStartArray("issues");
        foreach (var issue in issues)
        {
            json.WriteStartObject();
            CliJson.WriteIssueMembers(json, issue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteCounts(Utf8JsonWriter json, CorpusCounts counts)
    {
        json.WriteNumber("actors", counts.Actors);
        json.WriteNumber("sources", counts.Sources);
        json.WriteNumber("incidents", counts.Incidents);
        json.WriteNumber("claims", counts.Claims);
        json.WriteNumber("denials", counts.Denials);
        json.WriteNumber("figures", counts.Figures);
    }
}
