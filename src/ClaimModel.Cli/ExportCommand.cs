using System.CommandLine;
using ClaimModel.Export;
using ClaimModel.Loading;
using ClaimModel.Validation;

namespace ClaimModel.Cli;

/// <summary><c>claimmodel export &lt;paths&gt;... [--format claimreview|prov|prov-turtle|dot|mermaid] [--review FILE]
/// [--base-iri IRI] [--output FILE] [--skip-unreadable]</c>: reads and merges the documents
/// (<see cref="ClaimDocumentLoader"/>), validates the corpus and writes it in one of the web's formats
/// (<see cref="ExportFormat.All"/>). Exit code 0 exported, 2 unreadable or invalid input, an unreadable or
/// invalid review file, or a command-line or output error, 3 internal error.</summary>
internal static class ExportCommand
{
    public const int ExitExported = 0;

    public static Command Create(CliConsole console)
    {
        var paths = CommandLineParts.PathsArgument();
        var format = new Option<ExportFormat?>("--format", "-f")
        {
            Description = $"Export format (default {ExportFormat.All[0].Name}): " + string.Join("; ", ExportFormat.All.Select(f => f.Name + " = " + f.Description)) + ".",
            HelpName = string.Join("|", ExportFormat.All.Select(f => f.Name)),
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
                var found = ExportFormat.Find(text);
                if (found is null)
                {
                    result.AddError($"--format '{text}' is not supported; use one of: {ExportFormat.Names}.");
                }

                return found;
            },
        };
        var review = new Option<string?>("--review")
        {
            Description = "A JSON file with the fact-checking organisation's reviews (organization name and url; per claim or denial id the page url, datePublished and rating) for the claimreview format. Without it the ClaimReview skeletons have no author, url, datePublished or reviewRating.",
            HelpName = "FILE",
        };
        var baseIri = new Option<string?>("--base-iri")
        {
            Description = $"The IRI every exported node's IRI starts with (default {ExportOptions.DefaultBaseIri}), e.g. https://newsroom.example/claims/.",
            HelpName = "IRI",
        };
        var output = CommandLineParts.OutputOption();
        var skip = CommandLineParts.SkipUnreadableOption();
        var command = new Command("export", "Export the claims and denials of ClaimModel JSON documents, merged into one corpus, as schema.org ClaimReview/Claim JSON-LD or W3C PROV-O (JSON-LD or Turtle). Exit codes: 0 exported, 2 unreadable or invalid input or review file or a command-line error, 3 internal error.")
        {
            paths,
            format,
            review,
            baseIri,
            output,
            skip,
        };
        command.SetAction(result => Run(
            result.GetRequiredValue(paths),
            result.GetValue(format) ?? ExportFormat.All[0],
            result.GetValue(review),
            result.GetValue(baseIri),
            result.GetValue(output),
            result.GetValue(skip),
            console));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, ExportFormat format, string? reviewPath, string? baseIri, string? outputPath, bool skipUnreadable, CliConsole console)
    {
        using var progress = new ProgressLine(console);
        var errors = new CliErrors(console.Error, false, progress);
        if (baseIri is not null && !ExportOptions.IsBaseIri(baseIri))
        {
            errors.CommandLine($"--base-iri '{baseIri}' is not an absolute IRI (a scheme such as https: or urn:, and no space or any of <>\"{{}}|^`\\).");
            return errors.Finish(ExitCodes.Unreadable);
        }

        var options = baseIri is null ? ExportOptions.Default : new ExportOptions { BaseIri = baseIri };
        var corpus = CommandInput.Load(paths, skipUnreadable, console, errors, progress, out var complete);
        if (!complete)
        {
            return errors.Finish(ExitCodes.Unreadable);
        }

        var invalid = corpus.Validate(progress.IfShown).Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        if (invalid.Count > 0)
        {
            foreach (var issue in invalid)
            {
                errors.Invalid(issue);
            }

            errors.Note($"{CorpusCounts.Plural(invalid.Count, "error")}: invalid input, nothing exported (see 'claimmodel validate')");
            return errors.Finish(ExitCodes.Unreadable);
        }

        progress.Clear();
        ClaimReviewInput? review = null;
        if (reviewPath is not null && !TryReadReview(reviewPath, corpus.Document, errors, out review))
        {
            return errors.Finish(ExitCodes.Unreadable);
        }

        var output = CommandInput.OpenOutput(outputPath, console, errors);
        if (output is null)
        {
            return errors.Finish(ExitCodes.Unreadable);
        }

        format.Write(new ExportInput(corpus.Document, review, options), output);
        CommandInput.CloseOutput(output, console);
        return errors.Finish(ExitExported);
    }

    private static bool TryReadReview(string path, ClaimDocument document, CliErrors errors, out ClaimReviewInput? review)
    {
        review = null;
        try
        {
            using var stream = File.OpenRead(path);
            review = ClaimReviewInput.Read(stream);
        }
        catch (InvalidDataException e)
        {
            errors.Unreadable(new LoadFailure(path, LoadFailureKind.InvalidJson, e.Message));
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Unreadable(new LoadFailure(path, e is FileNotFoundException or DirectoryNotFoundException ? LoadFailureKind.NotFound : LoadFailureKind.Unreadable, "cannot read the review file: " + e.Message));
            return false;
        }

        var unmatched = review.UnmatchedIds(document);
        if (unmatched.Count > 0)
        {
            errors.Unreadable(new LoadFailure(path, LoadFailureKind.InvalidJson, "the reviews name no claim or denial of the corpus: " + string.Join(", ", unmatched)));
            return false;
        }

        return true;
    }
}
