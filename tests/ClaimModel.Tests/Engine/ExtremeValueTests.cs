using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Validation;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The contract at the edges of the value ranges: a document that validates is analysed without an
/// exception. Figures near <see cref="decimal.MaxValue"/> are normalised in floating point when decimal arithmetic
/// would overflow; times whose widened interval or zone conversion leaves years 1–9999 are clamped to the first or
/// last instant <see cref="DateTimeOffset"/> holds; a relative day outside years 1–9999 is not resolved. One test
/// per place that threw.</summary>
public class ExtremeValueTests
{
    private static readonly DateTimeOffset LastTick = DateTimeOffset.MaxValue;
    private static readonly DateTimeOffset FirstTick = DateTimeOffset.MinValue;
    private static readonly TimeSpec Feb10 = Day(2016, 2, 10, "Asia/Damascus", 2);

    [Fact]
    public void Exact_length_near_decimal_max_is_normalised_and_compared()
    {
        var huge = Figure("distance", "mi", FigureQualifier.Exact, decimal.MaxValue, "79228162514264337593543950335 miles");
        var report = Analyze(
            Claim("c-huge", "russia", "i1", Quantity(huge)),
            Claim("c-small", "usa", "i1", Quantity(Figure("distance", "km", FigureQualifier.Exact, 20, "20 km"))));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.FigureConflict, finding.Kind);
        Assert.Contains("= [7.922816251426434E+28, 7.922816251426434E+28] mi", finding.Explanation, StringComparison.Ordinal); // one double: a closed point
    }

    [Fact]
    public void Exact_instant_in_the_last_tick_of_9999_lasts_to_the_last_tick()
    {
        var spec = new TimeSpec { Start = LastTick, Precision = TimePrecision.Exact };
        AssertResolves(spec, LastTick, LastTick, "9999-12-31 23:59–23:59 UTC+00:00");
    }

    [Fact]
    public void Hour_precision_in_the_last_hour_of_9999_is_clamped_to_the_last_tick()
    {
        var spec = new TimeSpec { Start = new DateTimeOffset(9999, 12, 31, 23, 30, 0, TimeSpan.Zero), Precision = TimePrecision.Hour };
        AssertResolves(spec, new DateTimeOffset(9999, 12, 31, 23, 0, 0, TimeSpan.Zero), LastTick, "9999-12-31 23:00–23:59 UTC+00:00");
    }

    [Fact]
    public void Day_precision_on_9999_12_31_is_clamped_to_the_last_tick()
    {
        var spec = new TimeSpec { Start = new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero), Precision = TimePrecision.Day };
        AssertResolves(spec, new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero), LastTick, "9999-12-31 00:00–23:59 UTC+00:00");
    }

    [Fact]
    public void Night_of_9999_12_31_is_clamped_to_the_last_tick()
    {
        var spec = new TimeSpec { Start = new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero), Precision = TimePrecision.Day, PartOfDay = DayPart.Night };
        AssertResolves(spec, new DateTimeOffset(9999, 12, 31, 20, 0, 0, TimeSpan.Zero), LastTick, "9999-12-31 20:00–23:59 UTC+00:00");
    }

    [Fact]
    public void Iso_week_of_9999_12_31_starts_on_its_Monday_and_is_clamped_to_the_last_tick()
    {
        // 9999-12-31 is a Friday: the ISO week starts on Monday 9999-12-27.
        var spec = new TimeSpec { Start = new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero), Precision = TimePrecision.Week };
        AssertResolves(spec, new DateTimeOffset(9999, 12, 27, 0, 0, 0, TimeSpan.Zero), LastTick, "9999-12-27 00:00–9999-12-31 23:59 UTC+00:00");
    }

    [Fact]
    public void Month_precision_in_December_9999_is_clamped_to_the_last_tick()
    {
        var spec = new TimeSpec { Start = new DateTimeOffset(9999, 12, 15, 0, 0, 0, TimeSpan.Zero), Precision = TimePrecision.Month };
        AssertResolves(spec, new DateTimeOffset(9999, 12, 1, 0, 0, 0, TimeSpan.Zero), LastTick, "9999-12-01 00:00–9999-12-31 23:59 UTC+00:00");
    }

    [Fact]
    public void Year_precision_in_9999_is_clamped_to_the_last_tick()
    {
        var spec = new TimeSpec { Start = new DateTimeOffset(9999, 6, 1, 0, 0, 0, TimeSpan.Zero), Precision = TimePrecision.Year };
        AssertResolves(spec, new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero), LastTick, "9999-01-01 00:00–9999-12-31 23:59 UTC+00:00");
    }

    [Fact]
    public void Last_hour_of_9999_in_a_zone_west_of_UTC_is_clamped_to_the_last_tick()
    {
        // 23:30 UTC is 12:30 in Pago Pago (UTC−11); the hour ends at 13:00 local = 10000-01-01T00:00 UTC.
        var spec = new TimeSpec { Start = new DateTimeOffset(9999, 12, 31, 23, 30, 0, TimeSpan.Zero), Precision = TimePrecision.Hour, TimeZone = "Pacific/Pago_Pago" };
        AssertResolves(spec, new DateTimeOffset(9999, 12, 31, 23, 0, 0, TimeSpan.Zero), LastTick, "9999-12-31 12:00–12:59 Pacific/Pago_Pago");
    }

    [Fact]
    public void First_day_of_year_1_in_a_zone_east_of_UTC_is_clamped_to_the_first_tick()
    {
        // 0001-01-01T00:00 UTC is 14:00 at UTC+14 (Etc/GMT-14: real zones keep their local mean time before 1900);
        // that local day starts 14 hours before the first tick.
        var spec = new TimeSpec { Start = FirstTick, Precision = TimePrecision.Day, TimeZone = "Etc/GMT-14" };
        AssertResolves(spec, FirstTick, new DateTimeOffset(1, 1, 1, 10, 0, 0, TimeSpan.Zero), "0001-01-01 14:00–24:00 Etc/GMT-14");
    }

    [Fact]
    public void First_day_of_year_1_at_a_fixed_offset_east_of_UTC_shows_the_clamped_start_at_that_offset()
    {
        // A relative day without a zone of its own is read at the anchor's offset (+05:00 here).
        var said = new TimeSpec { Start = new DateTimeOffset(1, 1, 1, 5, 0, 0, TimeSpan.FromHours(5)), Precision = TimePrecision.Exact };
        var today = new TimeSpec { Relative = new RelativeDay { Offset = 0 }, Precision = TimePrecision.Day, Text = "today" };
        AssertResolves(today, FirstTick, new DateTimeOffset(1, 1, 1, 19, 0, 0, TimeSpan.Zero), "0001-01-01 05:00–24:00 UTC+05:00 (today, said 0001-01-01)", said);
    }

    [Fact]
    public void Yesterday_said_on_0001_01_01_is_not_resolved()
    {
        var said = new TimeSpec { Start = FirstTick, Precision = TimePrecision.Day };
        AssertUnresolved(new TimeSpec { Relative = new RelativeDay { Offset = -1 }, Precision = TimePrecision.Day, Text = "yesterday" }, said);
    }

    [Fact]
    public void A_weekday_before_0001_01_01_is_not_resolved()
    {
        // 0001-01-01 is a Monday: the most recent Sunday on or before it is outside the calendar.
        var said = new TimeSpec { Start = FirstTick, Precision = TimePrecision.Day };
        AssertUnresolved(new TimeSpec { Relative = new RelativeDay { Weekday = DayOfWeek.Sunday }, Precision = TimePrecision.Day, Text = "Sunday" }, said);
    }

    [Fact]
    public void Today_said_on_9999_12_31_is_clamped_to_the_last_tick()
    {
        var said = new TimeSpec { Start = new DateTimeOffset(9999, 12, 31, 12, 0, 0, TimeSpan.Zero), Precision = TimePrecision.Exact };
        var today = new TimeSpec { Relative = new RelativeDay { Offset = 0 }, Precision = TimePrecision.Day, Text = "today" };
        AssertResolves(today, new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero), LastTick, "9999-12-31 00:00–23:59 UTC+00:00 (today, said 9999-12-31)", said);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    [InlineData(36_525)]
    public void A_relative_day_offset_beyond_the_calendar_is_not_resolved(int offset)
    {
        // Validation refuses offsets beyond ±36,525 days; the engine does not throw on them either.
        var said = new TimeSpec { Start = new DateTimeOffset(9999, 12, 31, 12, 0, 0, TimeSpan.Zero), Precision = TimePrecision.Exact };
        var spec = new TimeSpec { Relative = new RelativeDay { Offset = offset }, Precision = TimePrecision.Day };
        Assert.Null(new TimeResolver(TimePolicy.Default).Resolve(spec, said, null));
    }

    [Fact]
    public void An_exact_width_beyond_the_calendar_is_clamped_to_the_last_tick()
    {
        var resolver = new TimeResolver(TimePolicy.Default with { ExactWidth = TimeSpan.MaxValue });
        var resolved = resolver.Resolve(new TimeSpec { Start = Feb10.Start, Precision = TimePrecision.Exact }, null, null)!;
        Assert.Equal((Feb10.Start!.Value, LastTick), (resolved.Start, resolved.End));
    }

    /// <summary>Resolves <paramref name="spec"/> (against <paramref name="said"/>), then analyses a valid document
    /// in which it is an occurrence time against 10 Feb 2016: a time conflict, explained without an exception.</summary>
    private static void AssertResolves(TimeSpec spec, DateTimeOffset start, DateTimeOffset end, string text, TimeSpec? said = null)
    {
        var resolved = new TimeResolver(TimePolicy.Default).Resolve(spec, said, null);
        Assert.NotNull(resolved);
        Assert.Equal((start, end), (resolved.Start, resolved.End));
        Assert.Equal(text, resolved.ToString());

        var finding = Assert.Single(Analyze(
            Claim("c-edge", "russia", "i1", Occurred(spec), statedAt: said),
            Claim("c-2016", "usa", "i1", Occurred(Feb10))).Findings);
        Assert.Equal(FindingKind.TimeConflict, finding.Kind);
        Assert.Contains(text, finding.Explanation, StringComparison.Ordinal);
    }

    /// <summary>The time is not resolved, and a valid document using it is analysed without findings about it.</summary>
    private static void AssertUnresolved(TimeSpec spec, TimeSpec said)
    {
        Assert.Null(new TimeResolver(TimePolicy.Default).Resolve(spec, said, null));
        Assert.Empty(Analyze(
            Claim("c-edge", "russia", "i1", Occurred(spec), statedAt: said),
            Claim("c-2016", "usa", "i1", Occurred(Feb10))).Findings);
    }

    /// <summary>Validates a document with these claims (it must be valid), then analyses it with consistent
    /// comparisons on, reading every explanation and rendering the report.</summary>
    private static ContradictionReport Analyze(params Claim[] claims)
    {
        var document = Document(claims);
        var outcome = ClaimValidation.Validate(document);
        Assert.True(outcome.IsValid, outcome.Format());
        var report = ContradictionDetector.Analyze(document, new DetectionOptions { IncludeConsistentComparisons = true });
        Assert.All(report.Findings, f => Assert.NotEmpty(f.Explanation));
        Assert.All(report.ConsistentComparisons, c => Assert.NotEmpty(c.Explanation));
        Assert.NotEmpty(ReportRenderer.Render(report, ReportFormat.Markdown));
        return report;
    }
}
