using ClaimModel.Engine;
using ClaimModel.Reporting;

namespace ClaimModel.Tests.Reporting;

/// <summary>A report whose findings were made outside the engine renders: a list of the engine's findings renders as
/// the engine's report, and a list of findings given their explanation text (no entries behind them; their
/// participants are read from the findings) renders the same text every time.</summary>
public sealed class MadeFindingsRenderingTests
{
    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    public void A_report_of_findings_made_outside_the_engine_renders(ReportFormat format)
    {
        var report = SampleReport.Analyze();
        var made = report with { Findings = FindingList.From(SampleReport.Analyze().Findings) };

        Assert.Equal(ReportRenderer.Render(report, format), ReportRenderer.Render(made, format));
        Assert.Equal(ReportRenderer.Render(Given(report), format), ReportRenderer.Render(Given(SampleReport.Analyze()), format));
        Assert.NotEmpty(Given(report).Findings);
    }

    private static ContradictionReport Given(ContradictionReport report) =>
        report with { Findings = FindingList.From(report.Findings.Select(f => f with { Explanation = f.Explanation })) };
}
