using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>A denial matched by a statement naming targets says which targets overlap which; a denial naming the
/// claim by id, which is not matched by targets, does not.</summary>
public class DenialTargetsExplanationTests
{
    private static readonly ResponsibilityStatement RussiaHitAlQuds = Did("russia") with { Targets = [new Target { Kind = TargetKind.Hospital, Name = "al-Quds hospital" }] };
    private static readonly ResponsibilityStatement RussiaHitCivilians = Did("russia") with { Targets = [new Target { Kind = TargetKind.Civilians }, new Target { Kind = TargetKind.School }] };

    [Fact]
    public void A_denial_by_statement_names_its_targets_and_the_claims_they_overlap()
    {
        var report = ContradictionDetector.Analyze(Document([Claim("c1", "sohr", "i1", RussiaHitAlQuds)], [Denial("d1", "konashenkov", "i1", RussiaHitCivilians)]));

        Assert.Equal(
            "KONASHENKOV (side russia) denies in d1 claim c1 by SOHR (side sohr) that RUSSIA carried it out, hitting al-Quds hospital, negating the same statement on the same incident (targets civilians, school overlap al-Quds hospital).",
            Assert.Single(report.Findings).Explanation);
    }

    [Fact]
    public void A_denial_by_id_says_nothing_of_targets()
    {
        var denial = Denial("d1", "konashenkov", "i1", null, "c1") with { Statement = RussiaHitCivilians };
        var report = ContradictionDetector.Analyze(Document([Claim("c1", "sohr", "i1", RussiaHitAlQuds)], [denial]));

        Assert.Equal(
            "KONASHENKOV (side russia) denies in d1 claim c1 by SOHR (side sohr) that RUSSIA carried it out, hitting al-Quds hospital, naming the claim by id.",
            Assert.Single(report.Findings).Explanation);
    }
}
