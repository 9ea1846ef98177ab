using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>The time answer of an occurrence (<see cref="TimeAnswer"/>): a resolved time's bounds in UTC ticks, the
/// same for the same instants whatever the offset they were given in; a missing time is one answer of its own.</summary>
public class TimeAnswerTests
{
    private static ResolvedTime Time(DateTimeOffset start, DateTimeOffset end) => new(start, end, null, start.Offset, "UTC", null, null);

    [Fact]
    public void A_time_answers_with_its_bounds_in_UTC_ticks()
    {
        var start = new DateTimeOffset(2016, 2, 10, 0, 0, 0, TimeSpan.FromHours(2));
        var end = start.AddDays(1);

        Assert.Equal((start.UtcTicks, end.UtcTicks), TimeAnswer.Ticks(Time(start, end)));
        Assert.Equal(new TimeAnswer(start.UtcTicks, end.UtcTicks), TimeAnswer.Of(Time(start, end)));
        Assert.Equal(TimeAnswer.Of(Time(start, end)), TimeAnswer.Of(Time(start.ToOffset(TimeSpan.Zero), end.ToOffset(TimeSpan.FromHours(-5)))));
    }

    [Fact]
    public void No_time_answers_with_the_smallest_ticks()
    {
        Assert.Equal((long.MinValue, long.MinValue), TimeAnswer.Ticks(null));
    }
}
