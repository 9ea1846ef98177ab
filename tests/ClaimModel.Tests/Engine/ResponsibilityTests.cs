using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

public class ResponsibilityTests
{
    private static ContradictionReport Analyze(params Claim[] claims) => ContradictionDetector.Analyze(Document(claims));

    [Fact]
    public void Two_sides_naming_unrelated_perpetrators_conflict()
    {
        var report = Analyze(Claim("c1", "konashenkov", "i1", Did("usa")), Claim("c2", "state-dept", "i1", Did("russia")));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.ConflictingResponsibility, finding.Kind);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(["konashenkov", "state-dept"], finding.Origins);
        Assert.Equal(
            "KONASHENKOV (side russia) says USA carried out i1 (c1); STATE-DEPT (side coalition) says RUSSIA did (c2); neither is affiliated with the other (sides coalition and russia).",
            finding.Explanation);
    }

    [Fact]
    public void The_origins_are_the_distinct_claimants_in_ordinal_order_whatever_the_participants_order()
    {
        // Participants go by claim id (c1 before c2); origins by claimant id.
        var reversed = Assert.Single(Analyze(Claim("c1", "state-dept", "i1", Did("russia")), Claim("c2", "konashenkov", "i1", Did("usa"))).Findings);
        Assert.Equal(["c1", "c2"], reversed.Participants.Select(p => p.Id));
        Assert.Equal(["konashenkov", "state-dept"], reversed.Origins);

        // A claimant denying its own claim is one origin.
        var own = Assert.Single(ContradictionDetector.Analyze(Document([Claim("c1", "state-dept", "i1", Did("russia"))], [Denial("d1", "state-dept", "i1", null, "c1")])).Findings);
        Assert.Equal(FindingKind.SelfContradiction, own.Kind);
        Assert.Equal(["state-dept"], own.Origins);
    }

    [Fact]
    public void US_and_the_US_led_coalition_are_related_not_conflicting()
    {
        var report = Analyze(Claim("c1", "konashenkov", "i1", Did("coalition")), Claim("c2", "syria", "i1", Did("usa")));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void The_same_side_naming_different_perpetrators_is_no_conflict()
    {
        var report = Analyze(Claim("c1", "konashenkov", "i1", Did("usa")), Claim("c2", "russia-mod", "i1", Did("syria")));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Claims_about_different_incidents_are_not_compared()
    {
        var report = Analyze(Claim("c1", "konashenkov", "i1", Did("usa")), Claim("c2", "state-dept", "i2", Did("russia")));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Responsibility_claims_without_an_incident_are_not_compared()
    {
        var report = Analyze(Claim("c1", "konashenkov", null, Did("usa")), Claim("c2", "state-dept", null, Did("russia")));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Suggested_responsibility_is_included_at_lower_severity_and_said_so()
    {
        var report = Analyze(Claim("c1", "konashenkov", "i1", Did("coalition"), Modality.Suggested), Claim("c2", "sohr", "i1", Did("russia")));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.EndsWith(" c1 is suggested, not asserted.", finding.Explanation, StringComparison.Ordinal);
    }
}
