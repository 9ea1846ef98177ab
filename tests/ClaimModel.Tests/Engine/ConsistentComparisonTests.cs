using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

public class ConsistentComparisonTests
{
    private static readonly DetectionOptions WithConsistent = new() { IncludeConsistentComparisons = true };

    private static readonly Claim Exact1888 = Claim("c-1888", "konashenkov", null, Quantity(Figure("facilities-destroyed", "facilities", FigureQualifier.Exact, 1888, "1,888 facilities"), "russia"));
    private static readonly Claim Nearly1900 = Claim("c-nearly-1900", "russia", null, Quantity(Figure("facilities-destroyed", "facilities", FigureQualifier.Nearly, 1900, "nearly 1,900"), "russia"));

    private static readonly Claim KerryYesterday = Claim(
        "c-kerry",
        "state-dept",
        "i1",
        Occurred(new TimeSpec { Text = "yesterday", Relative = new RelativeDay { Offset = -1 }, Precision = TimePrecision.Day, TimeZone = "America/New_York" }),
        statedAt: Day(2016, 4, 28, "America/New_York", -4, text: "Thursday"));

    private static readonly Claim EarlyThursday = Claim("c-sohr", "sohr", "i1", Occurred(Day(2016, 4, 28, "Asia/Damascus", 3, DayPart.EarlyMorning, "early on Thursday")));

    private static ContradictionReport Analyze(DetectionOptions? options, params Claim[] claims) =>
        ContradictionDetector.Analyze(Document(claims), options);

    [Fact]
    public void Consistent_comparisons_are_not_collected_by_default()
    {
        var report = Analyze(null, Exact1888, Nearly1900, KerryYesterday, EarlyThursday);

        Assert.Empty(report.Findings);
        Assert.Empty(report.ConsistentComparisons);
    }

    [Fact]
    public void Exact_figure_inside_nearly_is_a_consistent_figure_comparison_showing_both_intervals_and_units()
    {
        var comparison = Assert.Single(Analyze(WithConsistent, Exact1888, Nearly1900).ConsistentComparisons);

        Assert.Equal(ComparisonKind.Figure, comparison.Kind);
        Assert.Null(comparison.Incident);
        Assert.Equal("facilities-destroyed", comparison.Measure);
        Assert.Equal(["c-1888", "c-nearly-1900"], comparison.Participants.Select(p => p.Id));
        Assert.Equal(new ComparedInterval { Id = "c-1888", Reported = "1,888 facilities", Interval = "[1888, 1888]", Unit = "facilities" }, comparison.Intervals[0]);
        Assert.Equal(new ComparedInterval { Id = "c-nearly-1900", Reported = "nearly 1,900", Interval = "[1805, 1900)", Unit = "facilities" }, comparison.Intervals[1]);
        Assert.Equal(
            "consistent: facilities-destroyed: KONASHENKOV (side russia) reports \"1,888 facilities\" = [1888, 1888] facilities (c-1888); RUSSIA (side russia) reports \"nearly 1,900\" = [1805, 1900) facilities (c-nearly-1900); the intervals overlap: both allow [1888, 1888] facilities.",
            comparison.Explanation);
    }

    [Fact]
    public void Kerrys_yesterday_and_early_Thursday_in_Damascus_are_a_consistent_time_comparison_with_both_zones()
    {
        var report = Analyze(WithConsistent, KerryYesterday, EarlyThursday);

        Assert.Empty(report.Findings);
        var comparison = Assert.Single(report.ConsistentComparisons);
        Assert.Equal(ComparisonKind.Time, comparison.Kind);
        Assert.Equal("i1", comparison.Incident);
        Assert.Equal(["America/New_York", "Asia/Damascus"], comparison.Intervals.Select(i => i.TimeZone));
        Assert.Equal(
            "consistent: STATE-DEPT (side coalition) places i1 at 2016-04-27 00:00–24:00 America/New_York (yesterday, said 2016-04-28) (c-kerry); SOHR (side sohr) at 2016-04-28 00:00–09:00 Asia/Damascus (early on Thursday) (c-sohr); the intervals overlap: both include 2016-04-27 21:00–2016-04-28 04:00 UTC.",
            comparison.Explanation);
    }

    [Fact]
    public void Comparisons_that_conflict_are_findings_and_not_consistent_comparisons()
    {
        var exact510 = Claim("c-510", "konashenkov", null, Quantity(Figure("sorties", "sorties", FigureQualifier.Exact, 510, "510 sorties"), "russia"));
        var moreThan510 = Claim("c-more", "russia", null, Quantity(Figure("sorties", "sorties", FigureQualifier.MoreThan, 510, "more than 510 sorties"), "russia"));

        var report = Analyze(WithConsistent, exact510, moreThan510);

        Assert.Equal(FindingKind.FigureDiscrepancy, Assert.Single(report.Findings).Kind);
        Assert.Empty(report.ConsistentComparisons);
    }

    [Fact]
    public void Radii_of_two_absences_in_miles_and_kilometres_are_compared_in_the_base_unit()
    {
        var miles = Claim("c-12mi", "konashenkov", "i1", NotWithin("russia", Figure("distance-from-aleppo", "mi", FigureQualifier.Exact, 12, "12 miles")));
        var kilometres = Claim("c-20km", "konashenkov", "i1", NotWithin("russia", Figure("distance-from-aleppo", "km", FigureQualifier.Exact, 20, "20 kilometers")));

        var report = Analyze(WithConsistent, miles, kilometres);

        Assert.Empty(report.Findings);
        var comparison = Assert.Single(report.ConsistentComparisons);
        Assert.Equal(["mi", "km"], comparison.Intervals.Select(i => i.Unit));
        Assert.EndsWith(
            "the intervals overlap once converted to the base unit of length ([18507.456, 20116.8) and [15000, 25000)): both allow [18507.456, 20116.8).",
            comparison.Explanation,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Radii_of_different_actors_or_of_presence_and_absence_are_not_compared()
    {
        var russia = Claim("c-russia", "konashenkov", "i1", NotWithin("russia", Figure("distance-from-aleppo", "mi", FigureQualifier.Exact, 12, "12 miles")));
        var coalition = Claim("c-coalition", "konashenkov", "i1", NotWithin("coalition", Figure("distance-from-aleppo", "km", FigureQualifier.Exact, 50, "50 kilometers")));
        var present = Claim("c-present", "konashenkov", "i1", NotWithin("russia", Figure("distance-from-aleppo", "km", FigureQualifier.Exact, 50, "50 kilometers")) with { Present = true });

        var report = Analyze(WithConsistent, russia, coalition, present);

        Assert.DoesNotContain(report.Findings, f => f.Kind is FindingKind.FigureConflict or FindingKind.FigureDiscrepancy);
        Assert.Empty(report.ConsistentComparisons);
    }

    [Fact]
    public void Figures_of_periods_that_do_not_overlap_are_not_compared_at_all()
    {
        var week1 = Day(2016, 2, 4, "Europe/Moscow", 3) with { Precision = TimePrecision.Week };
        var week3 = Day(2016, 2, 18, "Europe/Moscow", 3) with { Precision = TimePrecision.Week };
        var a = Claim("c-a", "konashenkov", null, Quantity(Figure("sorties", "sorties", FigureQualifier.Exact, 510, "510 sorties"), "russia", week1));
        var b = Claim("c-b", "russia", null, Quantity(Figure("sorties", "sorties", FigureQualifier.Exact, 510, "510 sorties"), "russia", week3));

        var report = Analyze(WithConsistent, a, b);

        Assert.Empty(report.Findings);
        Assert.Empty(report.ConsistentComparisons);
    }
}
