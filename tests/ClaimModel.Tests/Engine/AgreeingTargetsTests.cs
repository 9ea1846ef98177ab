using System.Globalization;
using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Target accounts of one incident are kept as groups of equal answers (side, scope, targets): agreeing
/// accounts cost linear time, and the findings are those of every pair.</summary>
public class AgreeingTargetsTests
{
    private const int Many = 100_000;

    private static readonly Target Hospital = new() { Kind = TargetKind.Hospital };

    private static TargetStatement Hit(TargetScope scope, params Target[] targets) => new() { Scope = scope, Targets = targets };

    [Fact]
    [Trait("Category", "Heavy")]
    public void A_hundred_thousand_agreeing_target_accounts_of_two_sides_give_no_finding_and_a_complete_report()
    {
        var document = Document(Enumerable.Range(0, Many).Select(i => Claim(Name(i), i % 2 == 0 ? "sohr" : "konashenkov", "i1", Hit(TargetScope.Only, Hospital))));

        var report = ContradictionDetector.Analyze(document);

        Assert.Empty(report.Findings);
        Assert.Null(report.Truncation);
    }

    [Fact]
    public void Every_member_of_a_group_conflicts_with_an_account_it_excludes_each_exclusive_one_first()
    {
        const int Count = 1_000;
        var agreeing = Enumerable.Range(0, Count).Select(i => Claim(Name(i), i % 2 == 0 ? "sohr" : "syria", "i1", Hit(TargetScope.Only, Hospital)));
        var other = Claim("c-military", "konashenkov", "i1", Hit(TargetScope.Unstated, new Target { Kind = TargetKind.MilitaryFacility }));

        var report = ContradictionDetector.Analyze(Document([.. agreeing, other]));
        var backward = ContradictionDetector.Analyze(Document([other, .. agreeing]));

        Assert.Equal(Count, report.Findings.Count);
        Assert.All(report.Findings, f => Assert.Equal(FindingKind.TargetConflict, f.Kind));
        // The exclusive account (of sohr or syria) leads each explanation; the other is always c-military.
        Assert.All(report.Findings, f => Assert.Matches("^(SOHR|SYRIA) \\(side [a-z]+\\) says only .*which the first does not cover\\.$", f.Explanation));
        Assert.All(report.Findings, f => Assert.Contains(f.Participants, p => p.Id == "c-military"));
        Assert.Equal(Count, report.Findings.Select(f => f.Participants.Single(p => p.Id != "c-military").Id).Distinct().Count());
        Assert.Equal(report.Findings, backward.Findings);
    }

    [Fact]
    public void Both_exclusive_accounts_lead_with_the_canonical_first_for_every_member()
    {
        var hospitals = Enumerable.Range(0, 10).Select(i => Claim(Name(i), "sohr", "i1", Hit(TargetScope.Only, Hospital)));
        var military = Claim("c-military", "konashenkov", "i1", Hit(TargetScope.Only, new Target { Kind = TargetKind.MilitaryFacility }));

        var forward = ContradictionDetector.Analyze(Document([.. hospitals, military]));
        var backward = ContradictionDetector.Analyze(Document([military, .. hospitals]));

        Assert.Equal(10, forward.Findings.Count);
        Assert.Equal(forward.Findings, backward.Findings);
    }

    [Fact]
    public void Other_targets_named_alike_ignoring_case_share_a_group_and_compare_as_each_would()
    {
        var depot = Claim("c1", "sohr", "i1", Hit(TargetScope.Only, new Target { Kind = TargetKind.Other, Name = "Depot" }));
        var depotLower = Claim("c2", "sohr", "i1", Hit(TargetScope.Only, new Target { Kind = TargetKind.Other, Name = "depot" }));
        var market = Claim("c3", "sohr", "i1", Hit(TargetScope.Only, new Target { Kind = TargetKind.Other, Name = "market" }));
        var named = Claim("c-x", "konashenkov", "i1", Hit(TargetScope.Unstated, new Target { Kind = TargetKind.Other, Name = "DEPOT" }));

        var report = ContradictionDetector.Analyze(Document([depot, depotLower, market, named]));

        // Only the market account excludes the depot.
        var finding = Assert.Single(report.Findings);
        Assert.Equal(["c-x", "c3"], finding.Participants.Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failed_add_leaves_the_target_groups_as_they_were()
    {
        var index = new ContradictionIndex();
        index.AddDocument(Document([Claim("c1", "sohr", "i1", Hit(TargetScope.Only, Hospital))]));
        var military = Hit(TargetScope.Only, new Target { Kind = TargetKind.MilitaryFacility });
        var broken = Claim("c2", "usa", "i1", military) with { Statements = [military, Hit(TargetScope.Only, Hospital, null!)] };
        Assert.Throws<NullReferenceException>(() => index.AddClaim(broken));

        // Had c2's first statement stayed filed, its "only military facilities" would exclude the school too.
        var added = index.AddClaim(Claim("c3", "konashenkov", "i1", Hit(TargetScope.Unstated, new Target { Kind = TargetKind.School })));

        Assert.Equal(["c1", "c3"], Assert.Single(added).Participants.Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    private static string Name(int i) => "c" + i.ToString(CultureInfo.InvariantCulture);
}
