using ClaimModel.Engine;
using ClaimModel.Reporting;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Filtering a <see cref="FindingList"/> (<see cref="ReportFilter.AtLeast"/>) keeps the findings accepted, in
/// order, and hands out the very instances already read from the list it filters — whether all, some or none of them
/// were read — for an engine list and for one made outside the engine.</summary>
public sealed class FindingListFilterTests
{
    private static FindingList Engine() => ContradictionDetector.Analyze(Mixed()).Findings;

    [Fact]
    public void Keeping_every_finding_of_a_list_read_in_full_hands_out_the_same_instances()
    {
        var list = Engine();
        var read = list.ToArray();

        var kept = list.Where(_ => true);

        Assert.Equal(read.Length, kept.Count);
        Assert.All(Enumerable.Range(0, read.Length), i => Assert.Same(read[i], kept[i]));
    }

    [Fact]
    public void Keeping_every_finding_of_a_list_read_in_part_hands_out_the_instances_read()
    {
        var list = Engine();
        var first = list[0];

        var kept = list.Where(_ => true);

        Assert.Same(first, kept[0]);
        Assert.True(kept.Equals(Engine()));
    }

    [Fact]
    public void Keeping_every_finding_of_a_list_not_read_gives_equal_findings()
    {
        var kept = Engine().Where(_ => true);

        Assert.True(kept.Equals(Engine()));
        Assert.Same(kept[1], kept[1]);
    }

    [Theory]
    [InlineData(Severity.Low)]
    [InlineData(Severity.Medium)]
    [InlineData(Severity.High)]
    public void Filtering_by_severity_keeps_the_findings_at_or_above_in_order(Severity minimum)
    {
        var report = ContradictionDetector.Analyze(Mixed());
        var read = report.Findings.ToArray();
        var expected = read.Where(f => f.Severity >= minimum).ToArray();
        var made = report with { Findings = FindingList.From(Engine()) };

        var filtered = ReportFilter.AtLeast(report, minimum).Findings;
        var filteredMade = ReportFilter.AtLeast(made, minimum).Findings;

        Assert.Equal(expected, filtered);
        Assert.Equal(expected, filteredMade);
        Assert.All(Enumerable.Range(0, expected.Length), i => Assert.Same(expected[i], filtered[i]));
        Assert.True(read.Select(f => f.Severity).Distinct().Count() > 1);
    }
}
