using ClaimModel.Tests.Cli;
using Snapshooter.Xunit;

namespace ClaimModel.Tests.SeedReport;

/// <summary>The main job's output (<c>claimmodel analyze seeds</c>) as text and as JSON.</summary>
public class SeedReportSnapshotTests
{
    [Fact]
    public void Analyze_seeds_as_text_exits_0_and_matches_its_snapshot()
    {
        var run = SeedCorpusCliTests.RunOnSeeds("analyze");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Snapshot.Match(run.Output);
    }

    [Fact]
    public void Analyze_seeds_as_json_exits_0_and_matches_its_snapshot()
    {
        var run = SeedCorpusCliTests.RunOnSeeds("analyze", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Snapshot.Match(run.Output);
    }

    [Fact]
    public void Analyze_seeds_with_fail_on_findings_exits_1()
    {
        Assert.Equal(1, SeedCorpusCliTests.RunOnSeeds("analyze", "--fail-on-findings").ExitCode);
    }
}
