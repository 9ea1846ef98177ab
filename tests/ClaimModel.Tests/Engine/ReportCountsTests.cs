using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary><see cref="ContradictionReport.CountOf(FindingKind)"/> and <see cref="ContradictionReport.CountOf(Severity)"/>
/// count exactly the findings of that kind or severity — read from the compact findings of an engine report, and from
/// the findings of a report whose list was made outside the engine.</summary>
public sealed class ReportCountsTests
{
    [Fact]
    public void Counts_by_kind_and_severity_are_those_of_the_findings()
    {
        var report = ContradictionDetector.Analyze(Mixed());

        AssertCounts(report);
    }

    [Fact]
    public void A_report_with_a_list_made_outside_the_engine_counts_the_same()
    {
        var report = ContradictionDetector.Analyze(Mixed());
        var copied = report with { Findings = FindingList.From(ContradictionDetector.Analyze(Mixed()).Findings.ToArray()) };

        AssertCounts(copied);
        Assert.Equal(report.CountOf(FindingKind.Denial), copied.CountOf(FindingKind.Denial));
    }

    [Fact]
    public void An_empty_report_counts_nothing()
    {
        var report = ContradictionDetector.Analyze(Document());

        Assert.All(Enum.GetValues<FindingKind>(), kind => Assert.Equal(0, report.CountOf(kind)));
        Assert.All(Enum.GetValues<Severity>(), severity => Assert.Equal(0, report.CountOf(severity)));
    }

    private static void AssertCounts(ContradictionReport report)
    {
        var findings = ContradictionDetector.Analyze(Mixed()).Findings.ToArray();
        Assert.True(findings.Select(f => f.Kind).Distinct().Count() >= 3);
        Assert.True(findings.Select(f => f.Severity).Distinct().Count() >= 2);
        foreach (var kind in Enum.GetValues<FindingKind>())
        {
            Assert.Equal(findings.Count(f => f.Kind == kind), report.CountOf(kind));
        }

        foreach (var severity in Enum.GetValues<Severity>())
        {
            Assert.Equal(findings.Count(f => f.Severity == severity), report.CountOf(severity));
        }
    }
}
