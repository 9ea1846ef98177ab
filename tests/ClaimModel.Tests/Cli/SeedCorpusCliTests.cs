using ClaimModel.Tests.Seeds;

namespace ClaimModel.Tests.Cli;

public sealed class SeedCorpusCliTests
{
    [Fact]
    public void Validate_seeds_reports_six_documents_their_counts_and_no_issues()
    {
        var run = RunOnSeeds("validate");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Snapshooter.Xunit.Snapshot.Match(run.Output);
    }

    /// <summary>Runs a command on the seed folder, named as a user in the repository root would name it
    /// (<c>seeds</c>), so the output is the same on every machine.</summary>
    internal static CliRun RunOnSeeds(params string[] args)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), SeedPaths.SeedsDir).Replace('\\', '/');
        var run = CliRun.Of([.. args.Take(1), relative, .. args.Skip(1)]);
        return run with { Output = run.Output.Replace(relative + "/", "seeds/", StringComparison.Ordinal) };
    }
}
