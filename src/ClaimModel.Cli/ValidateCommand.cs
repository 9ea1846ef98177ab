using System.CommandLine;
using System.Text.Json;
using ClaimModel.Loading;
using ClaimModel.Serialization;
using ClaimModel.Validation;

namespace ClaimModel.Cli;

/// <summary><c>claimmodel validate &lt;files|folders&gt; [--format text|json]</c>: reads and merges the documents,
/// validates the corpus and prints every issue. Exit code 0 valid, 1 invalid, 2 unreadable.</summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command; output goes to <paramref name="output"/>.</summary>
    public static Command Create(TextWriter output)
    {
        var paths = CommandLineParts.PathsArgument();
        var format = CommandLineParts.FormatOption(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("validate", "Validate ClaimModel JSON documents (files or folders of *.json), merged into one corpus.")
        {
            paths,
            format,
        };
        command.SetAction(result => Run(result.GetRequiredValue(paths), result.GetValue(format), output));
        return command;
    }

    /// <summary>Validates the documents at <paramref name="paths"/> and prints the result.</summary>
    public static int Run(IReadOnlyList<string> paths, OutputFormat format, TextWriter output)
    {
        var corpus = ClaimDocumentLoader.Load(paths);
        var issues = corpus.Validate().Issues.ToList();
        if (format == OutputFormat.Json)
        {
            WriteJson(corpus, issues, output);
        }
        else
        {
            WriteText(corpus, issues, output);
        }

        return !corpus.IsReadable ? ExitCodes.Unreadable
            : issues.Any(i => i.Severity == IssueSeverity.Error) ? ExitCodes.Invalid
            : ExitCodes.Valid;
    }

    private static void WriteText(LoadedCorpus corpus, List<ValidationIssue> issues, TextWriter output)
    {
        var articles = corpus.Documents.Count(d => d.Document.Sources.Any(s => s?.Text is not null));
        output.Write($"{CorpusCounts.Plural(corpus.Documents.Count, "document")} read ({articles} with article text, {corpus.Documents.Count - articles} shared)\n");
        foreach (var document in corpus.Documents)
        {
            output.Write($"  {document.Name}: {CorpusCounts.Of(document.Document)}\n");
        }

        foreach (var failure in corpus.Failures)
        {
            output.Write($"unreadable: {failure}\n");
        }

        output.Write($"merged corpus: {CorpusCounts.Of(corpus.Merge.Document)}\n");
        foreach (var issue in issues)
        {
            output.Write($"{issue}\n");
        }

        var errors = issues.Count(i => i.Severity == IssueSeverity.Error);
        var warnings = issues.Count - errors;
        var verdict = !corpus.IsReadable ? "unreadable" : errors > 0 ? "invalid" : "valid";
        output.Write($"{CorpusCounts.Plural(errors, "error")}, {CorpusCounts.Plural(warnings, "warning")}: {verdict}\n");
    }

    private static void WriteJson(LoadedCorpus corpus, List<ValidationIssue> issues, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteBoolean("valid", corpus.IsReadable && issues.All(i => i.Severity != IssueSeverity.Error));
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
                json.WriteStringValue(failure.ToString());
            }

            json.WriteEndArray();
            json.WriteStartObject("merged");
            WriteCounts(json, CorpusCounts.Of(corpus.Merge.Document));
            json.WriteEndObject();
            json.WriteStartArray("issues");
            foreach (var issue in issues)
            {
                json.WriteStartObject();
                json.WriteString("severity", EnumText<IssueSeverity>.Name(issue.Severity));
                json.WriteString("code", issue.Code);
                json.WriteString("path", issue.Path);
                json.WriteString("message", issue.Message);
                if (issue.Value is not null)
                {
                    json.WriteString("value", issue.Value);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

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
