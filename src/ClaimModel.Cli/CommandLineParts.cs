using System.CommandLine;

namespace ClaimModel.Cli;

/// <summary>The arguments and options the commands share.</summary>
internal static class CommandLineParts
{
    /// <summary>One or more files or folders of <c>*.json</c> documents.</summary>
    public static Argument<string[]> PathsArgument() => new("paths")
    {
        Description = "Files or folders of *.json documents (a folder's documents are merged with the rest).",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>--format</c>, restricted to <paramref name="allowed"/>; the first is the default.</summary>
    public static Option<OutputFormat> FormatOption(params OutputFormat[] allowed)
    {
        var option = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", allowed.Select(Name)) + ".",
            DefaultValueFactory = _ => allowed[0],
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
                foreach (var format in allowed)
                {
                    if (string.Equals(Name(format), text, StringComparison.Ordinal))
                    {
                        return format;
                    }
                }

                result.AddError($"--format '{text}' is not supported; use one of: {string.Join(", ", allowed.Select(Name))}.");
                return allowed[0];
            },
        };
        return option;
    }

    private static string Name(OutputFormat format) => format switch
    {
        OutputFormat.Json => "json",
        OutputFormat.Markdown => "markdown",
        _ => "text",
    };
}
