using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Target accounts that cannot both hold: "strikes hit only terrorists" against "strikes targeted other
/// opponents of the government".</summary>
public class TargetConflictTests
{
    private static readonly Target Terrorists = new() { Kind = TargetKind.Other, Name = "terrorists" };
    private static readonly Target Opponents = new() { Kind = TargetKind.Other, Name = "other opponents of the government" };

    private static TargetStatement Hit(TargetScope scope, params Target[] targets) => new() { Scope = scope, Targets = targets };

    private static ContradictionReport Analyze(params Claim[] claims) => ContradictionDetector.Analyze(Document(claims));

    [Fact]
    public void Only_terrorists_against_other_opponents_is_a_target_conflict()
    {
        var report = Analyze(Claim("c-only", "konashenkov", "i1", Hit(TargetScope.Only, Terrorists)), Claim("c-others", "state-dept", "i1", Hit(TargetScope.AmongOthers, Terrorists, Opponents)));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.TargetConflict, finding.Kind);
        Assert.Equal(
            "KONASHENKOV (side russia) says only terrorists were hit (c-only); STATE-DEPT (side coalition) says terrorists, other opponents of the government (c-others), which the first does not cover.",
            finding.Explanation);
    }

    [Theory]
    [InlineData(TargetScope.Mostly, TargetScope.AmongOthers)]
    [InlineData(TargetScope.Unstated, TargetScope.AmongOthers)]
    [InlineData(TargetScope.Mostly, TargetScope.Mostly)]
    public void Accounts_that_do_not_claim_to_be_complete_do_not_conflict(TargetScope a, TargetScope b)
    {
        Assert.Empty(Analyze(Claim("c1", "konashenkov", "i1", Hit(a, Terrorists)), Claim("c2", "state-dept", "i1", Hit(b, Opponents))).Findings);
    }

    [Fact]
    public void An_exclusive_account_covering_the_other_and_one_side_alone_do_not_conflict()
    {
        var civilians = Hit(TargetScope.Only, new Target { Kind = TargetKind.Civilians });
        Assert.Empty(Analyze(Claim("c1", "sohr", "i1", civilians), Claim("c2", "state-dept", "i1", Hit(TargetScope.Unstated, new Target { Kind = TargetKind.Hospital }))).Findings);
        Assert.Empty(Analyze(Claim("c1", "konashenkov", "i1", Hit(TargetScope.Only, Terrorists)), Claim("c2", "russia-mod", "i1", Hit(TargetScope.Unstated, Opponents))).Findings);
    }

    [Fact]
    public void Either_order_gives_the_exclusive_account_first()
    {
        var only = Claim("c-z-only", "konashenkov", "i1", Hit(TargetScope.Only, Terrorists));
        var others = Claim("c-a-others", "state-dept", "i1", Hit(TargetScope.Unstated, Opponents));

        var forward = Analyze(only, others);
        var backward = Analyze(others, only);

        Assert.Equal(forward.Findings, backward.Findings);
        Assert.StartsWith("KONASHENKOV (side russia) says only", Assert.Single(forward.Findings).Explanation, StringComparison.Ordinal);
    }
}
