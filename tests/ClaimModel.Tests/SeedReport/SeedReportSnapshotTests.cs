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
    public void Analyze_seeds_as_text_with_every_finding_matches_its_snapshot()
    {
        var run = SeedCorpusCliTests.RunOnSeeds("analyze", "--detail", "findings");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Snapshot.Match(run.Output);
    }

    [Fact]
    public void The_default_text_report_is_the_dispute_summary_a_third_of_the_full_report_and_the_json_holds_every_finding()
    {
        var summary = SeedCorpusCliTests.RunOnSeeds("analyze").Output;
        var full = SeedCorpusCliTests.RunOnSeeds("analyze", "--detail", "findings").Output;
        using var json = System.Text.Json.JsonDocument.Parse(SeedCorpusCliTests.RunOnSeeds("analyze", "--format", "json").Output);

        Assert.True(3 * summary.Count(c => c == '\n') <= full.Count(c => c == '\n'), $"{summary.Count(c => c == '\n')} lines against {full.Count(c => c == '\n')}");
        Assert.StartsWith(full[..full.IndexOf("\nPairwise findings", StringComparison.Ordinal)], summary, StringComparison.Ordinal);
        Assert.DoesNotContain("why:", summary, StringComparison.Ordinal);
        Assert.Equal(SeedAnalysis.Outcome.Findings.Count, json.RootElement.GetProperty("findings").GetArrayLength());
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
