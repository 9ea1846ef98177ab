using System.Text;
using ClaimModel.Cli;

namespace ClaimModel.Tests.Cli;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => With((Func<Stream>?)null, terminal: false, args);

    /// <summary>Runs with <paramref name="standardInput"/> as standard input (UTF-8; <see langword="null"/>: none) and
    /// standard error a terminal when <paramref name="terminal"/> (progress then shows at once, at every update).</summary>
    public static CliRun With(string? standardInput, bool terminal, params string[] args) =>
        With(standardInput is null ? null : () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput)), terminal, args);

    /// <summary>Runs with standard input opened by <paramref name="standardInput"/>.</summary>
    public static CliRun With(Func<Stream>? standardInput, bool terminal, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole
        {
            Output = output,
            Error = error,
            StandardInput = standardInput,
            ErrorIsTerminal = terminal,
            ProgressDelay = TimeSpan.Zero,
            ProgressInterval = TimeSpan.Zero,
        };
        var exit = CliApp.Run(args, console);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
