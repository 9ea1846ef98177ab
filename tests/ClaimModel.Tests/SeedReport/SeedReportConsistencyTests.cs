using ClaimModel.Engine;
using static ClaimModel.Tests.SeedReport.SeedAnalysis;

namespace ClaimModel.Tests.SeedReport;

/// <summary>What the seed report must not find, and the consistent comparisons that show why.</summary>
public class SeedReportConsistencyTests
{
    private static ConsistentComparison Comparison(string a, string b) => Assert.Single(
        Outcome.ConsistentComparisons,
        c => c.Participants.Select(p => p.Reference).Order(StringComparer.Ordinal).SequenceEqual(new[] { a, b }.Order(StringComparer.Ordinal)));

    [Fact]
    public void Exactly_1888_and_nearly_1900_facilities_are_consistent_not_a_finding()
    {
        Assert.Empty(Between("c-konashenkov-510-sorties#1", "c-russia-more-than-510-sorties#1"));
        var comparison = Comparison("c-konashenkov-510-sorties#1", "c-russia-more-than-510-sorties#1");

        Assert.Equal(ComparisonKind.Figure, comparison.Kind);
        Assert.Equal(["[1888, 1888]", "[1805, 1900)"], comparison.Intervals.Select(i => i.Interval));
        Assert.Equal(["facilities", "facilities"], comparison.Intervals.Select(i => i.Unit));
    }

    [Theory]
    [InlineData("c-konashenkov-nearest-target-12mi")]
    [InlineData("c-konashenkov-no-russian-planes-12mi")]
    public void Twelve_miles_and_12_5_miles_20_kilometres_are_consistent_not_a_figure_finding(string miles)
    {
        Assert.DoesNotContain(
            Between(miles, "c-konashenkov-no-russian-warplanes-20km#0"),
            f => f.Kind is FindingKind.FigureConflict or FindingKind.FigureDiscrepancy);
        var comparison = Comparison(miles, "c-konashenkov-no-russian-warplanes-20km#0");

        Assert.Equal(ComparisonKind.Figure, comparison.Kind);
        Assert.Equal("distance-from-aleppo", comparison.Measure);
        Assert.Equal(["mi", "km"], comparison.Intervals.Select(i => i.Unit));
        Assert.Contains("once converted to the base unit of length", comparison.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void No_finding_sets_the_US_against_the_US_led_coalition()
    {
        // The US is a member of the coalition, so its side is the coalition's: no participant's side is "usa".
        Assert.DoesNotContain(Outcome.Findings.SelectMany(f => f.Participants), p => p.Sides.Contains("usa"));
        foreach (var finding in Outcome.Findings.Where(f => f.Kind == FindingKind.ConflictingResponsibility))
        {
            var actors = finding.Participants.Select(p => ((ResponsibilityStatement)Statement(p.Reference)).Actors).ToList();
            Assert.DoesNotContain(actors[0], a => actors[1].Contains(a));
            Assert.False(actors.Any(a => a.Contains("usa")) && actors.Any(a => a.Contains("us-led-coalition")), finding.Explanation);
        }
    }

    [Fact]
    public void Every_figure_finding_compares_one_measure_of_one_subject()
    {
        var figureFindings = Outcome.Findings.Where(f => f.Kind is FindingKind.FigureConflict or FindingKind.FigureDiscrepancy).ToList();

        Assert.NotEmpty(figureFindings);
        foreach (var finding in figureFindings)
        {
            var statements = finding.Participants.Select(p => (QuantityStatement)Statement(p.Reference)).ToList();
            Assert.Single(statements.Select(s => s.Figure.Measure).Distinct());
            Assert.Single(statements.Select(s => s.Subject).Distinct());
        }
    }

    [Fact]
    public void Kerrys_yesterday_and_the_Observatorys_early_Thursday_are_consistent_and_show_both_zones()
    {
        Assert.DoesNotContain(Outcome.Findings, f => f.Kind == FindingKind.TimeConflict && f.Incident == "al-quds-hospital-strike-2016-04");
        var comparison = Comparison("c-kerry-alquds-hospital-hit#1", "c-sohr-alquds-hit#1");

        Assert.Equal(ComparisonKind.Time, comparison.Kind);
        Assert.Equal(["America/New_York", "Asia/Damascus"], comparison.Intervals.Select(i => i.TimeZone));
        Assert.Equal(
            [
                "2016-04-27 00:00–24:00 America/New_York (yesterday's air strikes, said 2016-04-28)",
                "2016-04-28 00:00–09:00 Asia/Damascus (early on Thursday, said 2016-04-28)",
            ],
            comparison.Intervals.Select(i => i.Interval));
        Assert.EndsWith("both include 2016-04-27 21:00–2016-04-28 04:00 UTC.", comparison.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Kerrys_and_the_Observatorys_dozens_killed_are_consistent_and_neither_is_a_running_total()
    {
        var comparison = Comparison("c-kerry-alquds-hospital-hit#2", "c-sohr-alquds-hit#2");

        Assert.Equal(ComparisonKind.Figure, comparison.Kind);
        Assert.Equal(["[24, 100)", "[24, 100)"], comparison.Intervals.Select(i => i.Interval));
        Assert.False(((QuantityStatement)Statement("c-kerry-alquds-hospital-hit#2")).Figure.Cumulative);
        Assert.False(((QuantityStatement)Statement("c-sohr-alquds-hit#2")).Figure.Cumulative);
    }
}
