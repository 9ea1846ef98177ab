using System.CommandLine;
using ClaimModel.Reporting;
using ClaimModel.Serialization;

namespace ClaimModel.Cli;

/// <summary>The arguments and options the commands share.</summary>
internal static class CommandLineParts
{
    /// <summary>One or more files or folders of <c>*.json</c> documents, or <c>-</c> for standard input.</summary>
    public static Argument<string[]> PathsArgument() => new("paths")
    {
        Description = "Files or folders of *.json documents, subfolders included, or - for standard input; all are merged into one corpus. A path that starts with - goes after --.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>--format</c>, restricted to <paramref name="allowed"/> (names case-insensitive); the first is the
    /// default, applied by <see cref="FormatOf"/>.</summary>
    public static Option<OutputFormat?> FormatOption(params OutputFormat[] allowed)
    {
        var names = string.Join("|", allowed.Select(Name));
        return new Option<OutputFormat?>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", allowed.Select(Name))} (default {Name(allowed[0])}). Errors on standard error follow it (JSON under json).",
            HelpName = names,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
                foreach (var format in allowed)
                {
                    if (string.Equals(Name(format), text, StringComparison.OrdinalIgnoreCase))
                    {
                        return format;
                    }
                }

                result.AddError($"--format '{text}' is not supported; use one of: {string.Join(", ", allowed.Select(Name))}.");
                return null;
            },
        };
    }

    /// <summary>The format chosen, or the option's default (the first allowed format).</summary>
    public static OutputFormat FormatOf(ParseResult result, Option<OutputFormat?> option, OutputFormat defaultFormat) =>
        result.GetValue(option) ?? defaultFormat;

    /// <summary><c>--output FILE</c>: write the result to a file instead of standard output.</summary>
    public static Option<string?> OutputOption() => new("--output", "-o")
    {
        Description = "Write the result to FILE (created or replaced) instead of standard output.",
        HelpName = "FILE",
    };

    /// <summary><c>--detail disputes|findings</c> (case-insensitive; default disputes): how much a text or Markdown
    /// report shows.</summary>
    public static Option<ReportDetail?> DetailOption() => new("--detail")
    {
        Description = "How much a text, Markdown or HTML report shows: disputes (the summary an analyst reads, default) or findings (also every pairwise finding). The JSON report always holds everything.",
        HelpName = "disputes|findings",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
            foreach (var detail in Enum.GetValues<ReportDetail>())
            {
                if (string.Equals(EnumText<ReportDetail>.Name(detail), text, StringComparison.OrdinalIgnoreCase))
                {
                    return detail;
                }
            }

            result.AddError($"--detail '{text}' is not supported; use one of: {EnumText<ReportDetail>.AllNames}.");
            return null;
        },
    };

    /// <summary><c>--min-severity info|low|medium|high</c> (case-insensitive): show only findings of that severity or
    /// above, and the disputes they make up (<see cref="ReportFilter.AtLeast"/>).</summary>
    public static Option<Engine.Severity?> MinSeverityOption() => new("--min-severity")
    {
        Description = $"Show only the findings of this severity or above ({EnumText<Engine.Severity>.AllNames}), and the disputes they make up, in every format. Default: every finding.",
        HelpName = string.Join("|", Enum.GetValues<Engine.Severity>().Select(EnumText<Engine.Severity>.Name)),
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
            foreach (var severity in Enum.GetValues<Engine.Severity>())
            {
                if (string.Equals(EnumText<Engine.Severity>.Name(severity), text, StringComparison.OrdinalIgnoreCase))
                {
                    return severity;
                }
            }

            result.AddError($"--min-severity '{text}' is not supported; use one of: {EnumText<Engine.Severity>.AllNames}.");
            return null;
        },
    };

    /// <summary><c>--skip-unreadable</c>: go on with the readable inputs.</summary>
    public static Option<bool> SkipUnreadableOption() => new("--skip-unreadable")
    {
        Description = "Go on with the inputs that can be read, listing the others on standard error, instead of stopping with exit code 2.",
    };

    /// <summary>The command-line name of a format (<c>json</c>).</summary>
    public static string Name(OutputFormat format) => format switch
    {
        OutputFormat.Text => "text",
        OutputFormat.Json => "json",
        OutputFormat.Markdown => "markdown",
        OutputFormat.Html => "html",
        _ => throw new System.Diagnostics.UnreachableException("Unknown output format " + format + "."),
    };
}
