using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>When targets overlap and when an exclusive account covers another (<see cref="TargetCoverage"/>): targets
/// of one kind overlap — for <see cref="TargetKind.Other"/> unless both are named and the names differ (ignoring
/// case), for the other kinds whatever their names; "civilians" overlaps each civilian kind; a named target is
/// covered when any allowed target overlaps it, however many do.</summary>
public class TargetOverlapTests
{
    private static Target T(TargetKind kind, string? name = null) => new() { Kind = kind, Name = name };

    [Theory]
    [InlineData(TargetKind.Other, "power station", TargetKind.Other, "Power Station", true)]
    [InlineData(TargetKind.Other, "power station", TargetKind.Other, "bakery", false)]
    [InlineData(TargetKind.Other, null, TargetKind.Other, "bakery", true)]
    [InlineData(TargetKind.Other, "bakery", TargetKind.Other, null, true)]
    [InlineData(TargetKind.Other, null, TargetKind.Other, null, true)]
    [InlineData(TargetKind.Hospital, "Al Quds hospital", TargetKind.Hospital, "Omar Abdulaziz hospital", true)]
    [InlineData(TargetKind.Hospital, null, TargetKind.Hospital, "Al Quds hospital", true)]
    [InlineData(TargetKind.Civilians, null, TargetKind.School, "a school", true)]
    [InlineData(TargetKind.Mosque, null, TargetKind.Civilians, null, true)]
    [InlineData(TargetKind.Civilians, null, TargetKind.MilitaryFacility, null, false)]
    [InlineData(TargetKind.Hospital, null, TargetKind.School, null, false)]
    public void Two_targets_overlap_by_kind_and_for_other_targets_by_name(TargetKind a, string? aName, TargetKind b, string? bName, bool overlap)
    {
        Assert.Equal(overlap, TargetCoverage.Overlaps(T(a, aName), T(b, bName)));
        Assert.Equal(overlap, TargetCoverage.Overlaps(T(b, bName), T(a, aName)));
    }

    [Fact]
    public void A_target_covered_by_two_allowed_targets_is_covered()
    {
        ValueList<Target> only = [T(TargetKind.Civilians), T(TargetKind.Hospital)];

        Assert.True(TargetCoverage.Covers(only, [T(TargetKind.Hospital, "Al Quds hospital")]));
        Assert.True(TargetCoverage.Covers(only, [T(TargetKind.Hospital), T(TargetKind.School)]));
        Assert.False(TargetCoverage.Covers(only, [T(TargetKind.Hospital), T(TargetKind.MilitaryFacility)]));
    }
}
