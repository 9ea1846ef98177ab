using ClaimModel.Engine;
using ClaimModel.Tests.Support;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.TimeZones;

/// <summary>Local days and hours where a zone's clocks jump (the rule of <c>LocalTimeRule</c>, documented in the
/// README): an ambiguous local time starts an interval at its earlier instant and ends it at its later one; a local time
/// in a gap is the first instant after the gap; a local interval wholly inside a gap (a day the zone skipped) is not
/// resolved. Every case runs under cultures that break culture-sensitive code.</summary>
public sealed class SkippedAndRepeatedLocalTimeTests
{
    public static TheoryData<string> Cultures => new() { "de-DE", "tr-TR", "" };

    private static readonly TimeSpec Yesterday = new() { Text = "yesterday", Relative = new RelativeDay { Offset = -1 }, Precision = TimePrecision.Day, TimeZone = "Pacific/Apia" };

    private static TimeSpec At(int year, int month, int day, int hour, int minute, double offsetHours, TimePrecision precision, string zone, DayPart? part = null) => new()
    {
        Start = new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(offsetHours)),
        Precision = precision,
        TimeZone = zone,
        PartOfDay = part,
    };

    private static DateTimeOffset Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    private static ResolvedTime Resolve(TimeSpec spec, TimeSpec? statedAt = null) => new TimeResolver(TimePolicy.Default).Resolve(spec, statedAt, null)!;

    private static void AssertInterval(ResolvedTime time, DateTimeOffset start, DateTimeOffset end, string text)
    {
        Assert.Equal((start, end), (time.Start, time.End));
        Assert.Equal(text, time.ToString());
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_day_before_Apia_skipped_a_day_lasts_24_hours(string culture)
    {
        using var scope = new CultureScope(culture);

        // 2011-12-29 00:00-10:00 to the first instant after it: Apia went from 29 Dec 24:00 to 31 Dec 00:00 (+14:00).
        AssertInterval(Resolve(At(2011, 12, 29, 0, 0, -10, TimePrecision.Day, "Pacific/Apia")), Utc(2011, 12, 29, 10), Utc(2011, 12, 30, 10), "2011-12-29 00:00–2011-12-31 00:00 Pacific/Apia");
        AssertInterval(Resolve(At(2011, 12, 31, 0, 0, 14, TimePrecision.Day, "Pacific/Apia")), Utc(2011, 12, 30, 10), Utc(2011, 12, 31, 10), "2011-12-31 00:00–24:00 Pacific/Apia");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Yesterday_said_the_day_after_Apia_skipped_a_day_is_not_resolved(string culture)
    {
        using var scope = new CultureScope(culture);
        var saidOn31December = At(2011, 12, 31, 12, 0, 14, TimePrecision.Day, "Pacific/Apia");

        Assert.Null(new TimeResolver(TimePolicy.Default).Resolve(Yesterday, saidOn31December, null));

        // The night of 30 December runs into 31 December, which Apia had: what is left of it is 00:00-06:00.
        AssertInterval(Resolve(Yesterday with { PartOfDay = DayPart.Night }, saidOn31December), Utc(2011, 12, 30, 10), Utc(2011, 12, 30, 16), "2011-12-31 00:00–06:00 Pacific/Apia (yesterday, said 2011-12-31)");

        // Two days back is 29 December, whole.
        var twoDaysBack = Yesterday with { Relative = new RelativeDay { Offset = -2 } };
        AssertInterval(Resolve(twoDaysBack, saidOn31December), Utc(2011, 12, 29, 10), Utc(2011, 12, 30, 10), "2011-12-29 00:00–2011-12-31 00:00 Pacific/Apia (yesterday, said 2011-12-31)");
    }

    [Fact]
    public void An_occurrence_on_a_skipped_day_compares_with_nothing_and_does_not_throw()
    {
        var saidOn31December = At(2011, 12, 31, 12, 0, 14, TimePrecision.Day, "Pacific/Apia");
        var report = ContradictionDetector.Analyze(Document(
        [
            Claim("skipped", "state-dept", "i1", Occurred(Yesterday), statedAt: saidOn31December),
            Claim("new-year", "sohr", "i1", Occurred(At(2012, 1, 1, 0, 0, 14, TimePrecision.Day, "Pacific/Apia"))),
            Claim("same-day", "russia-mod", "i1", Occurred(At(2012, 1, 1, 0, 0, 14, TimePrecision.Day, "Pacific/Apia"))),
        ]), new DetectionOptions { IncludeConsistentComparisons = true });

        Assert.Empty(report.Findings);
        var comparison = Assert.Single(report.ConsistentComparisons);
        Assert.DoesNotContain(comparison.Participants, p => p.Id == "skipped");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void An_hour_around_the_spring_forward_gap_in_Berlin_keeps_its_instants(string culture)
    {
        using var scope = new CultureScope(culture);

        // 02:30+01:00 is 01:30 UTC, 03:30 summer time: the hour 03:00-04:00 CEST.
        AssertInterval(Resolve(At(2026, 3, 29, 2, 30, 1, TimePrecision.Hour, "Europe/Berlin")), Utc(2026, 3, 29, 1), Utc(2026, 3, 29, 2), "2026-03-29 03:00–04:00 Europe/Berlin");

        // 01:30 CET: the hour ends at local 02:00, which does not exist; the end is the first instant after the gap.
        AssertInterval(Resolve(At(2026, 3, 29, 1, 30, 1, TimePrecision.Hour, "Europe/Berlin")), Utc(2026, 3, 29, 0), Utc(2026, 3, 29, 1), "2026-03-29 01:00–03:00 Europe/Berlin");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_repeated_hour_in_Berlin_covers_both_of_its_readings(string culture)
    {
        using var scope = new CultureScope(culture);

        // 02:00-03:00 local happens at 00:00-01:00 UTC (CEST) and 01:00-02:00 UTC (CET): the start takes the earlier
        // instant and the end the later, whichever offset the start was written with.
        AssertInterval(Resolve(At(2026, 10, 25, 2, 30, 2, TimePrecision.Hour, "Europe/Berlin")), Utc(2026, 10, 25, 0), Utc(2026, 10, 25, 2), "2026-10-25 02:00–03:00 Europe/Berlin");
        AssertInterval(Resolve(At(2026, 10, 25, 2, 30, 1, TimePrecision.Hour, "Europe/Berlin")), Utc(2026, 10, 25, 0), Utc(2026, 10, 25, 2), "2026-10-25 02:00–03:00 Europe/Berlin");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Days_and_parts_of_days_across_the_Berlin_clock_changes_last_their_real_length(string culture)
    {
        using var scope = new CultureScope(culture);

        AssertInterval(Resolve(At(2026, 3, 29, 0, 0, 1, TimePrecision.Day, "Europe/Berlin")), Utc(2026, 3, 28, 23), Utc(2026, 3, 29, 22), "2026-03-29 00:00–24:00 Europe/Berlin");
        AssertInterval(Resolve(At(2026, 3, 29, 0, 0, 1, TimePrecision.Day, "Europe/Berlin", DayPart.EarlyMorning)), Utc(2026, 3, 28, 23), Utc(2026, 3, 29, 7), "2026-03-29 00:00–09:00 Europe/Berlin");
        AssertInterval(Resolve(At(2026, 3, 28, 0, 0, 1, TimePrecision.Day, "Europe/Berlin", DayPart.Night)), Utc(2026, 3, 28, 19), Utc(2026, 3, 29, 4), "2026-03-28 20:00–2026-03-29 06:00 Europe/Berlin");
        AssertInterval(Resolve(At(2026, 10, 25, 0, 0, 2, TimePrecision.Day, "Europe/Berlin")), Utc(2026, 10, 24, 22), Utc(2026, 10, 25, 23), "2026-10-25 00:00–24:00 Europe/Berlin");
        AssertInterval(Resolve(At(2026, 10, 25, 0, 0, 2, TimePrecision.Day, "Europe/Berlin", DayPart.EarlyMorning)), Utc(2026, 10, 24, 22), Utc(2026, 10, 25, 8), "2026-10-25 00:00–09:00 Europe/Berlin");

        var today = new TimeSpec { Text = "this morning", Relative = new RelativeDay { Offset = 0 }, Precision = TimePrecision.Day, TimeZone = "Europe/Berlin", PartOfDay = DayPart.EarlyMorning };
        AssertInterval(Resolve(today, At(2026, 10, 25, 12, 0, 1, TimePrecision.Exact, "Europe/Berlin")), Utc(2026, 10, 24, 22), Utc(2026, 10, 25, 8), "2026-10-25 00:00–09:00 Europe/Berlin (this morning, said 2026-10-25)");
    }

    [Fact]
    public void A_relative_day_that_ends_in_a_repeated_hour_ends_at_its_later_reading()
    {
        // The Azores set their clocks back from 01:00 (UTC+0) to 00:00 (UTC-1) on 2026-10-25, so 00:00-01:00 that
        // night happens twice: "yesterday", said that Sunday, ends at the later midnight (01:00 UTC): 25 hours.
        var yesterday = new TimeSpec { Text = "yesterday", Relative = new RelativeDay { Offset = -1 }, Precision = TimePrecision.Day, TimeZone = "Atlantic/Azores" };

        var day = Resolve(yesterday, At(2026, 10, 25, 12, 0, -1, TimePrecision.Exact, "Atlantic/Azores"));

        Assert.Equal((Utc(2026, 10, 24, 0), Utc(2026, 10, 25, 1)), (day.Start, day.End));
    }

    [Fact]
    public void A_day_that_starts_in_a_gap_starts_at_the_first_instant_after_it()
    {
        // Havana sets its clocks from 00:00 to 01:00 on 2026-03-08: the day starts at 01:00 CDT (05:00 UTC).
        var day = Resolve(At(2026, 3, 8, 12, 0, -4, TimePrecision.Day, "America/Havana"));

        Assert.Equal((Utc(2026, 3, 8, 5), Utc(2026, 3, 9, 4)), (day.Start, day.End));
    }

    [Fact]
    public void Validation_warns_about_a_start_written_on_a_skipped_day_and_says_how_it_is_read()
    {
        var document = Document([Claim("c1", "state-dept", "i1", Occurred(At(2011, 12, 30, 0, 0, 14, TimePrecision.Day, "Pacific/Apia")))]);

        var outcome = ClaimModel.Validation.ClaimValidation.Validate(document);

        var issue = Assert.Single(outcome.Issues, i => i.Code == ClaimModel.Validation.ErrorCodes.LocalDaySkipped);
        Assert.Equal("claims[0].statements[0].time.start", issue.Path);
        Assert.Equal("is written on 2011-12-30, a day Pacific/Apia skipped (no local time of that day exists there); it is read at its instant, 2011-12-29 00:00 local time", issue.Message);
        Assert.Equal(ClaimModel.Validation.IssueSeverity.Warning, issue.Severity);
    }

    [Fact]
    public void Every_day_a_zone_skipped_maps_to_no_instant_and_Apia_skipped_30_December_2011()
    {
        var skipped = NodaTime.DateTimeZoneProviders.Tzdb.Ids
            .Select(id => (Id: id, Zone: TimeZoneDatabase.Find(id)!))
            .SelectMany(z => LocalTimeRule.FindSkippedDays(z.Zone).Select(day => (z.Id, z.Zone, Day: day)))
            .ToArray();

        Assert.Contains(skipped, s => s.Id == "Pacific/Apia" && s.Day == new DateOnly(2011, 12, 30));
        Assert.DoesNotContain(skipped, s => s.Id == "Europe/Berlin");
        foreach (var (_, zone, day) in skipped)
        {
            var start = LocalTimeRule.Resolve(day.ToDateTime(TimeOnly.MinValue), zone, end: false);
            var next = LocalTimeRule.Resolve(day.AddDays(1).ToDateTime(TimeOnly.MinValue), zone, end: true);
            Assert.Equal(start.Local - start.Offset, next.Local - next.Offset);
            Assert.True(LocalTimeRule.IsSkippedDay(zone, day));
        }

        var apia = TimeZoneDatabase.Find("Pacific/Apia")!;
        Assert.False(LocalTimeRule.IsSkippedDay(apia, new DateOnly(2011, 12, 29)));
        Assert.False(LocalTimeRule.IsSkippedDay(apia, new DateOnly(2011, 12, 31)));
    }
}
