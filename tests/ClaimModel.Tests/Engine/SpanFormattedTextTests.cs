using System.Globalization;
using ClaimModel.Engine;
using ClaimModel.Tests.Support;
using NodaTime;

namespace ClaimModel.Tests.Engine;

/// <summary>Times and figure intervals are written straight into the explanation being built
/// (<see cref="ISpanFormattable"/>): the text written equals <c>ToString()</c>, in any culture and whatever format or
/// provider is passed, and a buffer too short for it is refused (false, nothing written) at every length.</summary>
public sealed class SpanFormattedTextTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    public static TheoryData<string, string> Times => new()
    {
        { "same-day", "2016-04-27 09:00–17:30 America/New_York" },
        { "to-midnight", "2016-04-27 00:00–24:00 America/New_York (yesterday, said 2016-04-28)" },
        { "two-days", "2016-04-27 22:00–2016-04-29 06:15 UTC+03:00 (said 2016-04-30)" },
        { "text-only", "2016-04-27 09:00–17:30 America/New_York (in the morning)" },
    };

    [Theory]
    [MemberData(nameof(Times))]
    public void A_time_writes_its_text_into_a_long_enough_buffer_only(string name, string expected)
    {
        var time = Time(name);

        Assert.Equal(expected, time.ToString());
        AssertWrittenExactly(time, expected);
    }

    [Theory]
    [MemberData(nameof(CultureScope.Hostile), MemberType = typeof(CultureScope))]
    public void Times_and_intervals_read_the_same_in_every_culture_and_ignore_the_format(string culture)
    {
        using var scope = new CultureScope(culture);
        var time = Time("two-days");
        var interval = new NumericInterval(-1.5, false, 1234567.25, true);

        Assert.Equal("2016-04-27 22:00–2016-04-29 06:15 UTC+03:00 (said 2016-04-30)", $"{time}");
        Assert.Equal("[-1.5, 1234567.25)", $"{interval}");
        Assert.Equal(time.ToString(), time.ToString("G", CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal(interval.ToString(), interval.ToString("N2", CultureInfo.GetCultureInfo("ar-SA")));
        Assert.Equal(interval.ToString(), string.Create(CultureInfo.GetCultureInfo("de-DE"), $"{interval:N2}"));
    }

    [Theory]
    [InlineData(11.5, false, 12.5, true, "[11.5, 12.5)")]
    [InlineData(510, true, double.PositiveInfinity, true, "(510, ∞)")]
    [InlineData(double.NegativeInfinity, true, -3, false, "(−∞, -3]")]
    [InlineData(0.1, false, 1e-7, false, "[0.1, 1E-07]")]
    public void An_interval_writes_its_text_into_a_long_enough_buffer_only(double lower, bool lowerOpen, double upper, bool upperOpen, string expected)
    {
        var interval = new NumericInterval(lower, lowerOpen, upper, upperOpen);

        Assert.Equal(expected, interval.ToString());
        AssertWrittenExactly(interval, expected);
    }

    [Fact]
    public void A_time_longer_than_any_stack_buffer_is_written_whole()
    {
        var text = new string('x', 5_000);
        var time = new ResolvedTime(Offset(2016, 4, 27, 9, -4), Offset(2016, 4, 27, 17, -4), NewYork, TimeSpan.FromHours(-4), "America/New_York", text, null);

        Assert.Equal("2016-04-27 09:00–17:00 America/New_York (" + text + ")", time.ToString());
        Assert.Equal(time.ToString(), new System.Text.StringBuilder().Append(CultureInfo.InvariantCulture, $"{time}").ToString());
    }

    private static void AssertWrittenExactly(ISpanFormattable value, string expected)
    {
        var buffer = new char[expected.Length + 8];
        for (var length = 0; length < expected.Length; length++)
        {
            Assert.False(value.TryFormat(buffer.AsSpan(0, length), out var written, default, null), $"length {length}");
            Assert.Equal(0, written);
        }

        for (var length = expected.Length; length <= buffer.Length; length++)
        {
            Assert.True(value.TryFormat(buffer.AsSpan(0, length), out var written, "x", CultureInfo.GetCultureInfo("tr-TR")), $"length {length}");
            Assert.Equal(expected, new string(buffer, 0, written));
        }
    }

    private static ResolvedTime Time(string name) => name switch
    {
        "same-day" => new(Offset(2016, 4, 27, 9, -4), Offset(2016, 4, 27, 17, -4).AddMinutes(30), NewYork, TimeSpan.FromHours(-4), "America/New_York", null, null),
        "to-midnight" => new(Offset(2016, 4, 27, 0, -4), Offset(2016, 4, 28, 0, -4), NewYork, TimeSpan.FromHours(-4), "America/New_York", "yesterday", new DateOnly(2016, 4, 28)),
        "two-days" => new(Offset(2016, 4, 27, 22, 3), Offset(2016, 4, 29, 6, 3).AddMinutes(15), null, TimeSpan.FromHours(3), "UTC+03:00", null, new DateOnly(2016, 4, 30)),
        "text-only" => new(Offset(2016, 4, 27, 9, -4), Offset(2016, 4, 27, 17, -4).AddMinutes(30), NewYork, TimeSpan.FromHours(-4), "America/New_York", "in the morning", null),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such time"),
    };

    private static DateTimeOffset Offset(int year, int month, int day, int hour, int offsetHours) =>
        new(year, month, day, hour, 0, 0, TimeSpan.FromHours(offsetHours));
}
