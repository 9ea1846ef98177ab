using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Tests.Cli;
using ClaimModel.Tests.SeedReport;
using ClaimModel.Tests.Seeds;

namespace ClaimModel.Tests.Reporting;

/// <summary><see cref="ReportFilter.AtLeast"/> and <c>claimmodel analyze --min-severity</c>.</summary>
public sealed class ReportFilterTests
{
    public static TheoryData<Severity> Severities => new(Enum.GetValues<Severity>());

    [Theory]
    [MemberData(nameof(Severities))]
    public void Only_findings_at_or_above_the_minimum_are_kept_and_disputes_are_those_they_make_up(Severity minimum)
    {
        var report = SeedAnalysis.Outcome;

        var filtered = ReportFilter.AtLeast(report, minimum);

        Assert.Equal(report.Findings.Where(f => f.Severity >= minimum), filtered.Findings);
        var all = DisputeAnalyzer.Analyze(report).Disputes;
        var kept = DisputeAnalyzer.Analyze(filtered);
        var reaching = report.Findings.Where(f => f.Severity >= minimum).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(all.Where(d => d.Findings.Any(reaching.Contains)).Select(d => d.Id), kept.Disputes.Select(d => d.Id));
        Assert.All(kept.Disputes, d => Assert.All(d.Findings, id => Assert.Contains(id, reaching)));
        Assert.Equal(Ranges(DisputeAnalyzer.Analyze(report)), Ranges(kept));
    }

    private static IEnumerable<FigureRange> Ranges(DisputeReport disputes) =>
        disputes.Incidents.SelectMany(i => i.Figures).OrderBy(r => r.Incident, StringComparer.Ordinal).ThenBy(r => r.Measure, StringComparer.Ordinal);

    [Fact]
    public void An_undefined_severity_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportFilter.AtLeast(SeedAnalysis.Outcome, (Severity)9));
    }

    [Fact]
    public void Analyze_with_min_severity_shows_fewer_findings_and_disputes_and_refuses_an_unknown_name()
    {
        var report = SeedAnalysis.Outcome;
        var high = report.CountOf(Severity.High);

        var all = CliRun.Of("analyze", SeedPaths.SeedsDir);
        var onlyHigh = CliRun.Of("analyze", SeedPaths.SeedsDir, "--min-severity", "HIGH");
        var json = CliRun.Of("analyze", SeedPaths.SeedsDir, "--min-severity", "medium", "--format", "json");
        var failing = CliRun.Of("analyze", SeedPaths.SeedsDir, "--min-severity", "high", "--fail-on-findings");
        var unknown = CliRun.Of("analyze", SeedPaths.SeedsDir, "--min-severity", "grave");

        Assert.Equal(0, onlyHigh.ExitCode);
        Assert.StartsWith($"Contradictions: {high} findings ({high} high) from ", onlyHigh.Output, StringComparison.Ordinal);
        Assert.True(onlyHigh.Output.Length < all.Output.Length);
        var stored = ReportJson.Read(json.Output);
        Assert.Equal(report.Findings.Count(f => f.Severity >= Severity.Medium), stored.Findings.Count);
        Assert.Equal(1, failing.ExitCode);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--min-severity 'grave' is not supported; use one of: info, low, medium, high.", unknown.Error, StringComparison.Ordinal);
    }
}
