using System.CommandLine;
using ClaimModel.Loading;
using ClaimModel.Reporting;
using ClaimModel.Serialization;

namespace ClaimModel.Cli;

/// <summary><c>claimmodel diff &lt;old-report.json&gt; &lt;new-report.json&gt; [--format text|json|markdown] [--output FILE]</c>:
/// reads two report JSON files (<c>claimmodel analyze --format json</c>) with <see cref="ReportJson"/> and prints what
/// changed between them (<see cref="ReportDiff"/>): disputes and findings added, resolved and changed, figure ranges.</summary>
/// <remarks>Exit codes: <see cref="ExitSame"/> (0) the reports name the same disputes, findings and figures;
/// <see cref="ExitDifferent"/> (1) they differ (like <c>diff</c> and <c>upgrade --check</c>);
/// <see cref="ExitCodes.Unreadable"/> (2) a file cannot be read or is not a report, the command line or
/// <c>--output</c> is wrong; <see cref="ExitCodes.InternalError"/> (3) the run could not complete.</remarks>
internal static class DiffCommand
{
    /// <summary>No differences.</summary>
    public const int ExitSame = 0;

    /// <summary>The reports differ.</summary>
    public const int ExitDifferent = 1;

    /// <summary>Builds the command, running against <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var before = new Argument<string>("old-report") { Description = "The older report JSON file (claimmodel analyze --format json)." };
        var after = new Argument<string>("new-report") { Description = "The newer report JSON file." };
        var format = CommandLineParts.FormatOption(OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown);
        var output = CommandLineParts.OutputOption();
        var command = new Command("diff", "Compare two report JSON files: disputes and findings added, resolved and changed (by their stable ids), figure ranges. Exit codes: 0 no differences, 1 differences, 2 unreadable input or a command-line error, 3 internal error.")
        {
            before,
            after,
            format,
            output,
        };
        command.SetAction(result => Run(
            result.GetRequiredValue(before),
            result.GetRequiredValue(after),
            CommandLineParts.FormatOf(result, format, OutputFormat.Text),
            result.GetValue(output),
            console));
        return command;
    }

    /// <summary>Reads both reports, writes the diff and returns the exit code.</summary>
    public static int Run(string beforePath, string afterPath, OutputFormat format, string? outputPath, CliConsole console)
    {
        var errors = new CliErrors(console.Error, format == OutputFormat.Json);
        var before = Read(beforePath, errors);
        var after = Read(afterPath, errors);
        if (before is null || after is null)
        {
            return errors.Finish(ExitCodes.Unreadable);
        }

        var diff = ReportDiff.Compare(before, after);
        var writer = CommandInput.OpenOutput(outputPath, console, errors);
        if (writer is null)
        {
            return errors.Finish(ExitCodes.Unreadable);
        }

        ReportDiffWriter.Write(diff, format switch
        {
            OutputFormat.Text => ReportFormat.Text,
            OutputFormat.Json => ReportFormat.Json,
            OutputFormat.Markdown => ReportFormat.Markdown,
            _ => throw new System.Diagnostics.UnreachableException("Unknown output format " + format + "."),
        }, writer);
        if (format == OutputFormat.Json)
        {
            writer.Write('\n');
        }

        CommandInput.CloseOutput(writer, console);
        return errors.Finish(diff.IsEmpty ? ExitSame : ExitDifferent);
    }

    private static StoredReport? Read(string path, CliErrors errors)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return ReportJson.Read(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            errors.Unreadable(new LoadFailure(path, LoadFailureKind.NotFound, "No such file."));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Unreadable(new LoadFailure(path, LoadFailureKind.Unreadable, e.Message));
        }
        catch (ClaimJsonException e)
        {
            errors.Unreadable(new LoadFailure(path, LoadFailureKind.InvalidJson, e.Message));
        }

        return null;
    }
}
