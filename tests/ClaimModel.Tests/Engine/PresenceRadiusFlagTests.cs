using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Radii are compared only among presence statements of the same flag: "within 12 miles" (present) and "not
/// within 12 miles" (absent) bound the distance in opposite directions and are not a consistent comparison of radii,
/// while two absences within overlapping radii are.</summary>
public class PresenceRadiusFlagTests
{
    private static readonly Figure About12Miles = Figure("distance-from-aleppo", "mi", FigureQualifier.Approximately, 12, "about 12 miles");

    private static ContradictionReport Analyze(params Claim[] claims) =>
        ContradictionDetector.Analyze(Document(claims), new DetectionOptions { IncludeConsistentComparisons = true });

    [Fact]
    public void A_present_radius_and_an_absent_radius_are_not_compared_as_radii()
    {
        var report = Analyze(
            Claim("c-absent", "konashenkov", "i1", NotWithin("russia", About12Miles)),
            Claim("c-present", "sohr", "i1", NotWithin("russia", About12Miles) with { Present = true }));

        Assert.Empty(report.ConsistentComparisons);
    }

    [Fact]
    public void Two_absent_radii_that_overlap_are_a_consistent_comparison()
    {
        var report = Analyze(
            Claim("c-absent", "konashenkov", "i1", NotWithin("russia", About12Miles)),
            Claim("c-absent-too", "usa", "i1", NotWithin("russia", About12Miles)));

        Assert.Equal(["c-absent", "c-absent-too"], Assert.Single(report.ConsistentComparisons).Participants.Select(p => p.Id));
    }
}
