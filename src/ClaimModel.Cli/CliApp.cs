using System.CommandLine;

namespace ClaimModel.Cli;

/// <summary>The <c>claimmodel</c> command line: its commands, parsing and exit codes, writing to the given
/// writers so that it can be run in-process by tests.</summary>
internal static class CliApp
{
    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code
    /// (<see cref="ExitCodes"/>; a malformed command line is <see cref="ExitCodes.Unreadable"/>).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("claimmodel: validate and analyse ClaimModel documents (claims in news reporting).")
        {
            AnalyzeCommand.Create(output),
            ValidateCommand.Create(output),
            UpgradeCommand.Create(output, error),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run 'claimmodel --help' for usage.");
            return ExitCodes.Unreadable;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
