using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace ClaimModel.Cli;

/// <summary>The <c>claimmodel</c> command line: its commands, parsing and exit codes, writing to a
/// <see cref="CliConsole"/> so that it can be run in-process by tests.</summary>
/// <remarks>The root is named <c>claimmodel</c> whatever the executable is called, so usage and help say so. Response
/// files (<c>@file</c>) are off: a path starting with <c>@</c> is a path. A token that starts with <c>-</c> and is
/// no option of the command is an error, not a path (a path starting with <c>-</c> goes after <c>--</c>; <c>-</c>
/// alone is standard input). Any exception a command lets through, out of memory included, is one line on standard
/// error and exit code <see cref="ExitCodes.InternalError"/>.</remarks>
internal static class CliApp
{
    /// <summary>The command's name in usage, help and error lines.</summary>
    public const string Name = "claimmodel";

    /// <summary>Runs with the given writers (no standard input, not a terminal).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, new CliConsole { Output = output, Error = error });

    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code (<see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var errors = new CliErrors(console.Error, AsksForJson(args));
        try
        {
            var root = new Command(Name, "Validate and analyse ClaimModel documents (claims in news reporting).")
            {
                AnalyzeCommand.Create(console),
                ValidateCommand.Create(console),
                DiffCommand.Create(console),
                UpgradeCommand.Create(console.Output, console.Error),
                ExportCommand.Create(console),
                new HelpOption(),
                new VersionOption(),
            };

            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            var messages = parse.Errors.Select(e => e.Message).Concat(UnknownOptions(parse)).ToList();
            if (messages.Count > 0)
            {
                foreach (var message in messages)
                {
                    errors.CommandLine(message);
                }

                errors.Note($"Run '{Name} --help' for usage.");
                return errors.Finish(ExitCodes.Unreadable);
            }

            return parse.Invoke(new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The tool's last line of defence: one line and exit code 3, never a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            errors.Internal(exception);
            return errors.Finish(ExitCodes.InternalError);
        }
    }

    /// <summary>The arguments before <c>--</c> that look like options but are none of the command's: by default the
    /// parser would take them as paths.</summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parse)
    {
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                yield break;
            }

            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-')
            {
                yield return $"Unknown option '{token.Value}' (a path that starts with '-' goes after '--').";
            }
        }
    }

    /// <summary>Whether the command line asks for JSON output (<c>--format json</c>, <c>-f JSON</c>,
    /// <c>--format=json</c>, <c>--format:json</c>) before any <c>--</c>: errors are then written as JSON, even the
    /// errors of a command line that does not parse.</summary>
    private static bool AsksForJson(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                return false;
            }

            if ((arg is "--format" or "-f") && i + 1 < args.Length && IsJson(args[i + 1]))
            {
                return true;
            }

            foreach (var prefix in (ReadOnlySpan<string>)["--format=", "--format:", "-f=", "-f:"])
            {
                if (arg.StartsWith(prefix, StringComparison.Ordinal) && IsJson(arg[prefix.Length..]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsJson(string value) => string.Equals(value, "json", StringComparison.OrdinalIgnoreCase);
}
