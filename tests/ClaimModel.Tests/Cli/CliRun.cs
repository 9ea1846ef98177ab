using ClaimModel.Cli;

namespace ClaimModel.Tests.Cli;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
