using System.Text.Json;
using ClaimModel.Serialization;
using ClaimModel.Tests.Reporting;

namespace ClaimModel.Tests.Cli;

/// <summary><c>claimmodel analyze --max-findings N</c>: a report cut at its budget says so, on standard error too,
/// and the command exits 4.</summary>
public class MaxFindingsTests
{
    private static readonly string Sample = ClaimJson.Serialize(SampleReport.Document());

    [Fact]
    public void A_budget_the_findings_exceed_truncates_the_report_and_exits_4()
    {
        var complete = CliRun.With(Sample, terminal: false, "analyze", "-", "--detail", "findings");
        var truncated = CliRun.With(Sample, terminal: false, "analyze", "-", "--detail", "findings", "--max-findings", "1");

        Assert.Equal(0, complete.ExitCode);
        Assert.DoesNotContain("Truncated", complete.Output, StringComparison.Ordinal);
        Assert.Equal(4, truncated.ExitCode);
        Assert.Contains("\nTruncated: the analysis reached its budget; ", truncated.Output, StringComparison.Ordinal);
        Assert.Contains("[1] ", truncated.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("[2] ", truncated.Output, StringComparison.Ordinal);
        Assert.StartsWith("Truncated: the analysis reached its budget; ", truncated.Error, StringComparison.Ordinal);
        Assert.EndsWith(" (raise it with --max-findings)\n", truncated.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_report_carries_the_counts_of_what_was_left_out()
    {
        var run = CliRun.With(Sample, terminal: false, "analyze", "-", "--format", "json", "--max-findings", "0");

        Assert.Equal(4, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(0, json.RootElement.GetProperty("findings").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("truncation").GetProperty("findingsDropped").GetInt64() > 0);
    }

    [Fact]
    public void A_negative_budget_is_a_command_line_error()
    {
        var run = CliRun.With(Sample, terminal: false, "analyze", "-", "--max-findings", "-1");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
    }
}
