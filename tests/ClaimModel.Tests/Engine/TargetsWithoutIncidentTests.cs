using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Target accounts are compared within one incident: accounts of no incident, or naming no target, are
/// compared with nothing, however exclusive.</summary>
public class TargetsWithoutIncidentTests
{
    [Fact]
    public void Exclusive_target_accounts_of_no_incident_are_not_compared()
    {
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "syria", null, Only(TargetKind.MilitaryFacility)), Claim("c2", "sohr", null, Only(TargetKind.Hospital))]));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void An_account_naming_no_target_is_not_compared_with_an_exclusive_one()
    {
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "syria", "i1", Only(TargetKind.MilitaryFacility)), Claim("c2", "sohr", "i1", new TargetStatement { Targets = [], Scope = TargetScope.Only })]));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Exclusive_target_accounts_of_one_incident_conflict()
    {
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "syria", "i1", Only(TargetKind.MilitaryFacility)), Claim("c2", "sohr", "i1", Only(TargetKind.Hospital))]));

        Assert.Equal(FindingKind.TargetConflict, Assert.Single(report.Findings).Kind);
    }
}
