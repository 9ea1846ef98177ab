using System.Text.Json;
using ClaimModel.Serialization;
using ClaimModel.Tests.Reporting;

namespace ClaimModel.Tests.Cli;

/// <summary><c>claimmodel analyze --format json --stream</c>: the streamed report (findings first, as found), the same
/// findings and disputes as the ordinary JSON report; the flag with another format or a findings filter is a
/// command-line error.</summary>
public class StreamFlagTests
{
    private static readonly string Sample = ClaimJson.Serialize(SampleReport.Document());

    [Fact]
    public void Stream_writes_the_same_findings_and_incidents_as_the_ordinary_json_report()
    {
        var ordinary = CliRun.With(Sample, terminal: false, "analyze", "-", "--format", "json");
        var streamed = CliRun.With(Sample, terminal: false, "analyze", "-", "--format", "json", "--stream");

        Assert.Equal(0, streamed.ExitCode);
        Assert.Equal(string.Empty, streamed.Error);
        Assert.StartsWith("{\n  \"formatVersion\": 2,\n  \"findings\": [", streamed.Output, StringComparison.Ordinal);
        using var a = JsonDocument.Parse(ordinary.Output);
        using var b = JsonDocument.Parse(streamed.Output);
        Assert.Equal(Ids(a.RootElement).Order(StringComparer.Ordinal), Ids(b.RootElement).Order(StringComparer.Ordinal));
        Assert.Equal(a.RootElement.GetProperty("incidents").GetRawText(), b.RootElement.GetProperty("incidents").GetRawText());
        Assert.Equal(a.RootElement.GetProperty("claimCount").GetInt32(), b.RootElement.GetProperty("claimCount").GetInt32());
    }

    [Fact]
    public void Stream_with_fail_on_findings_exits_1()
    {
        var run = CliRun.With(Sample, terminal: false, "analyze", "-", "--format", "json", "--stream", "--fail-on-findings");

        Assert.Equal(1, run.ExitCode);
    }

    [Theory]
    [InlineData("--format", "text")]
    [InlineData("--min-severity", "high")]
    [InlineData("--max-findings", "3")]
    public void Stream_with_another_format_or_a_findings_filter_is_a_command_line_error(string option, string value)
    {
        var args = option == "--format" ? new[] { "analyze", "-", "--stream", option, value } : ["analyze", "-", "--format", "json", "--stream", option, value];

        var run = CliRun.With(Sample, terminal: false, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("--stream needs --format json", run.Error, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Ids(JsonElement report) => report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!);
}
