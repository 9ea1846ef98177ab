using ClaimModel.Validation;

namespace ClaimModel.Tests.Validation;

/// <summary>When an updated claim is certainly stated after its update (<see cref="ErrorCodes.UpdateOrder"/>): the
/// earlier claim's earliest instant (its start, less its precision's width when it has no end) at or after the
/// update's latest (its end, or its start plus its precision's width), for each precision, at the exact instant; and
/// updates are judged when they are only retractions.</summary>
public class UpdateOrderBoundaryTests
{
    private static readonly DateTimeOffset T = new(2016, 2, 10, 12, 0, 0, TimeSpan.FromHours(3));

    public static TheoryData<TimePrecision, long> Widths => new()
    {
        { TimePrecision.Exact, TimeSpan.TicksPerMinute },
        { TimePrecision.Hour, TimeSpan.TicksPerHour },
        { TimePrecision.Day, 2 * TimeSpan.TicksPerDay },
        { TimePrecision.Week, 8 * TimeSpan.TicksPerDay },
        { TimePrecision.Month, 32 * TimeSpan.TicksPerDay },
        { TimePrecision.Year, 367 * TimeSpan.TicksPerDay },
    };

    private static TimeSpec At(DateTimeOffset start, TimePrecision precision, DateTimeOffset? end = null) =>
        new() { Start = start, End = end, Precision = precision };

    [Theory]
    [MemberData(nameof(Widths))]
    public void Without_ends_the_claim_is_stated_after_once_the_two_widths_are_past(TimePrecision precision, long width)
    {
        var update = At(T, precision);

        Assert.True(UpdateRules.StatedAfter(At(T.AddTicks(2 * width), precision), update));
        Assert.False(UpdateRules.StatedAfter(At(T.AddTicks((2 * width) - 1), precision), update));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void An_updated_claim_with_an_end_reaches_back_only_to_its_start(TimePrecision precision, long width)
    {
        var update = At(T, precision);
        var end = T.AddDays(1000);

        Assert.True(UpdateRules.StatedAfter(At(T.AddTicks(width), precision, end), update));
        Assert.False(UpdateRules.StatedAfter(At(T.AddTicks(width - 1), precision, end), update));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void An_update_with_an_end_reaches_forward_only_to_its_end(TimePrecision precision, long width)
    {
        var end = T.AddTicks(1);
        var update = At(T, precision, end);

        Assert.True(UpdateRules.StatedAfter(At(end.AddTicks(width), precision), update));
        Assert.False(UpdateRules.StatedAfter(At(end.AddTicks(width - 1), precision), update));
    }

    [Fact]
    public void Both_with_ends_compare_the_updated_start_with_the_update_end()
    {
        var update = At(T, TimePrecision.Year, T.AddHours(1));

        Assert.True(UpdateRules.StatedAfter(At(T.AddHours(1), TimePrecision.Year, T.AddHours(2)), update));
        Assert.False(UpdateRules.StatedAfter(At(T.AddHours(1).AddTicks(-1), TimePrecision.Year, T.AddHours(2)), update));
    }

    [Fact]
    public void An_undefined_precision_on_either_side_is_no_judgement()
    {
        var far = T.AddYears(10);

        Assert.False(UpdateRules.StatedAfter(At(far, (TimePrecision)99), At(T, TimePrecision.Exact)));
        Assert.False(UpdateRules.StatedAfter(At(far, TimePrecision.Exact), At(T, (TimePrecision)99)));
        Assert.True(UpdateRules.StatedAfter(At(far, TimePrecision.Exact), At(T, TimePrecision.Exact)));
    }

    [Fact]
    public void A_missing_or_relative_time_on_either_side_is_no_judgement()
    {
        var relative = new TimeSpec { Relative = new RelativeDay { Offset = -1 }, Precision = TimePrecision.Day };
        var far = At(T.AddYears(10), TimePrecision.Exact);
        var update = At(T, TimePrecision.Exact);

        Assert.False(UpdateRules.StatedAfter(null, update));
        Assert.False(UpdateRules.StatedAfter(far, null));
        Assert.False(UpdateRules.StatedAfter(relative, update));
        Assert.False(UpdateRules.StatedAfter(far, relative));
    }

    [Fact]
    public void Updates_are_judged_when_every_claim_only_retracts()
    {
        var document = ValidDocument.Document with
        {
            Claims = [ValidDocument.A10Claim with { Retracts = ["ghost"] }, ValidDocument.Presence with { Claimant = "usa", Retracts = ["c-a10"] }],
        };

        IssueAssert.Exactly(
            document,
            (ErrorCodes.ReferenceDangling, "claims[0].retracts[0]", "ghost"),
            (ErrorCodes.UpdateOtherVoice, "claims[1].retracts[0]", "c-a10"));
    }

    [Fact]
    public void With_an_end_an_undefined_precision_is_not_needed()
    {
        var far = T.AddYears(10);

        Assert.True(UpdateRules.StatedAfter(At(far, TimePrecision.Exact), At(T, (TimePrecision)99, T.AddHours(1))));
        Assert.True(UpdateRules.StatedAfter(At(far, (TimePrecision)99, far.AddHours(1)), At(T, TimePrecision.Exact)));
    }

    [Fact]
    public void A_null_claim_among_updates_is_reported_once_and_the_updates_still_judged()
    {
        var document = ValidDocument.Document with
        {
            Claims = [ValidDocument.A10Claim, null!, ValidDocument.Presence with { Claimant = "usa", Supersedes = ["c-a10"] }],
        };

        IssueAssert.Exactly(
            document,
            (ErrorCodes.ElementNull, "claims[1]", null),
            (ErrorCodes.UpdateOtherVoice, "claims[2].supersedes[0]", "c-a10"));
    }
}
