using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

public class TimeTests
{
    private static readonly TimeSpec SaidThursdayInWashington = Day(2016, 4, 28, "America/New_York", -4, text: "Thursday");

    private static readonly TimeSpec Yesterday = new()
    {
        Text = "yesterday",
        Relative = new RelativeDay { Offset = -1 },
        Precision = TimePrecision.Day,
        TimeZone = "America/New_York",
    };

    private static readonly TimeSpec EarlyOnThursdayDamascus = Day(2016, 4, 28, "Asia/Damascus", 3, DayPart.EarlyMorning, "early on Thursday");

    [Fact]
    public void Kerrys_yesterday_resolves_to_the_whole_New_York_day_before_the_statement()
    {
        var resolved = new TimeResolver(TimePolicy.Default).Resolve(Yesterday, SaidThursdayInWashington, null)!;

        Assert.Equal(new DateTimeOffset(2016, 4, 27, 4, 0, 0, TimeSpan.Zero), resolved.Start);
        Assert.Equal(new DateTimeOffset(2016, 4, 28, 4, 0, 0, TimeSpan.Zero), resolved.End);
        Assert.Equal("2016-04-27 00:00–24:00 America/New_York (yesterday, said 2016-04-28)", resolved.ToString());
    }

    [Fact]
    public void Early_on_Thursday_in_Damascus_is_midnight_to_nine_local()
    {
        var resolved = new TimeResolver(TimePolicy.Default).Resolve(EarlyOnThursdayDamascus, null, null)!;

        Assert.Equal(new DateTimeOffset(2016, 4, 27, 21, 0, 0, TimeSpan.Zero), resolved.Start);
        Assert.Equal(new DateTimeOffset(2016, 4, 28, 6, 0, 0, TimeSpan.Zero), resolved.End);
        Assert.Equal("2016-04-28 00:00–09:00 Asia/Damascus (early on Thursday)", resolved.ToString());
    }

    [Fact]
    public void Kerrys_yesterday_in_New_York_overlaps_early_Thursday_in_Damascus()
    {
        var report = ContradictionDetector.Analyze(Document(
        [
            Claim("kerry", "state-dept", "i1", Occurred(Yesterday), statedAt: SaidThursdayInWashington),
            Claim("sohr-time", "sohr", "i1", Occurred(EarlyOnThursdayDamascus)),
        ]));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Yesterday_said_Thursday_in_Damascus_does_not_overlap_early_Thursday_there()
    {
        var yesterdayDamascus = Yesterday with { TimeZone = "Asia/Damascus" };
        var saidThursdayDamascus = Day(2016, 4, 28, "Asia/Damascus", 3, text: "Thursday");
        var report = ContradictionDetector.Analyze(Document(
        [
            Claim("kerry", "state-dept", "i1", Occurred(yesterdayDamascus), statedAt: saidThursdayDamascus),
            Claim("sohr-time", "sohr", "i1", Occurred(EarlyOnThursdayDamascus)),
        ]));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.TimeConflict, finding.Kind);
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal(
            "STATE-DEPT (side coalition) places i1 at 2016-04-27 00:00–24:00 Asia/Damascus (yesterday, said 2016-04-28) (kerry); SOHR (side sohr) at 2016-04-28 00:00–09:00 Asia/Damascus (early on Thursday) (sohr-time); the intervals do not overlap.",
            finding.Explanation);
    }

    [Fact]
    public void A_relative_statement_time_resolves_against_the_sources_publication()
    {
        var published = Day(2016, 2, 11, "Europe/Moscow", 3);
        var saidThursday = new TimeSpec { Text = "Thursday", Relative = new RelativeDay { Weekday = DayOfWeek.Thursday }, Precision = TimePrecision.Day, TimeZone = "Europe/Moscow" };
        var wednesday = new TimeSpec { Text = "Wednesday", Relative = new RelativeDay { Weekday = DayOfWeek.Wednesday }, Precision = TimePrecision.Day, TimeZone = "Europe/Moscow" };

        var resolved = new TimeResolver(TimePolicy.Default).Resolve(wednesday, saidThursday, published)!;

        Assert.Equal("2016-02-10 00:00–24:00 Europe/Moscow (Wednesday, said 2016-02-11)", resolved.ToString());
    }

    [Fact]
    public void A_relative_time_without_any_anchor_is_not_resolved_and_not_compared()
    {
        Assert.Null(new TimeResolver(TimePolicy.Default).Resolve(Yesterday, null, null));
    }

    [Fact]
    public void Precision_widens_in_the_times_zone_and_an_explicit_end_is_kept()
    {
        var resolver = new TimeResolver(TimePolicy.Default);
        var month = new TimeSpec { Start = new DateTimeOffset(2016, 6, 15, 12, 0, 0, TimeSpan.FromHours(3)), Precision = TimePrecision.Month, TimeZone = "Europe/Istanbul" };
        var range = new TimeSpec { Start = new DateTimeOffset(2016, 2, 4, 0, 0, 0, TimeSpan.FromHours(3)), End = new DateTimeOffset(2016, 2, 12, 0, 0, 0, TimeSpan.FromHours(3)), Precision = TimePrecision.Day };

        Assert.Equal("2016-06-01 00:00–2016-07-01 00:00 Europe/Istanbul", resolver.Resolve(month, null, null)!.ToString());
        Assert.Equal("2016-02-04 00:00–2016-02-12 00:00 UTC+03:00", resolver.Resolve(range, null, null)!.ToString());
    }

    [Fact]
    public void Occurrence_claims_without_an_incident_are_not_compared()
    {
        var report = ContradictionDetector.Analyze(Document(
        [
            Claim("a", "state-dept", null, Occurred(Day(2016, 4, 20, "Asia/Damascus", 3))),
            Claim("b", "sohr", null, Occurred(Day(2016, 4, 28, "Asia/Damascus", 3))),
        ]));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_weekday_names_the_most_recent_such_day_on_or_before_the_anchor()
    {
        var resolver = new TimeResolver(TimePolicy.Default);
        var thursday = new TimeSpec { Relative = new RelativeDay { Weekday = DayOfWeek.Thursday }, Precision = TimePrecision.Day, TimeZone = "Europe/Moscow" };
        var friday = thursday with { Relative = new RelativeDay { Weekday = DayOfWeek.Friday } };
        var saidThursday = Day(2016, 2, 11, "Europe/Moscow", 3);

        Assert.StartsWith("2016-02-11 00:00–24:00", resolver.Resolve(thursday, saidThursday, null)!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("2016-02-05 00:00–24:00", resolver.Resolve(friday, saidThursday, null)!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_exact_statement_time_is_read_as_a_date_in_the_relative_times_zone()
    {
        var resolver = new TimeResolver(TimePolicy.Default);
        var saidLateEveningInNewYork = new TimeSpec { Start = new DateTimeOffset(2016, 4, 28, 22, 0, 0, TimeSpan.FromHours(-4)), Precision = TimePrecision.Exact, TimeZone = "America/New_York" };
        var yesterdayInDamascus = Yesterday with { TimeZone = "Asia/Damascus" };

        Assert.Equal("2016-04-28 00:00–24:00 Asia/Damascus (yesterday, said 2016-04-29)", resolver.Resolve(yesterdayInDamascus, saidLateEveningInNewYork, null)!.ToString());
    }
}
