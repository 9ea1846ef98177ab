using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Claims that say the same thing from different claimant sides give different answers
/// (<see cref="ResponsibilityAnswer"/>, <see cref="TargetAnswer"/>), also with several actors or targets, and target
/// accounts naming other targets by different names do too: were they grouped, a later claim of one side would be
/// compared with the group's first member only and miss its conflict with the other side.</summary>
public class AnswerGroupingBySideTests
{
    private static readonly Target Terrorists = new() { Kind = TargetKind.Other, Name = "terrorists" };
    private static readonly Target Opponents = new() { Kind = TargetKind.Other, Name = "other opponents of the government" };
    private static readonly Target Hospital = new() { Kind = TargetKind.Hospital };

    private static TargetStatement Hit(TargetScope scope, params Target[] targets) => new() { Scope = scope, Targets = targets };

    private static string[] Pair(Finding finding) => [.. finding.Participants.Select(p => p.Id)];

    [Theory]
    [InlineData(false, "usa")]
    [InlineData(true, "usa")]
    [InlineData(false, "usa", "state-dept")]
    [InlineData(true, "usa", "state-dept")]
    public void Two_sides_blaming_the_same_actors_are_not_one_answer(bool sohrFirst, params string[] actors)
    {
        var blame = new ResponsibilityStatement { Actors = actors };
        Claim[] sameStatement = [Claim("c1", "konashenkov", "i1", blame), Claim("c2", "sohr", "i1", blame)];
        // Russia blames Syria: no conflict with its own side's claim c1, a conflict with sohr's c2.
        var syria = Claim("c3", "russia", "i1", Did("syria"));

        var report = ContradictionDetector.Analyze(Document([.. sohrFirst ? sameStatement.Reverse() : sameStatement, syria]));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.ConflictingResponsibility, finding.Kind);
        Assert.Equal(["c2", "c3"], Pair(finding));
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    [InlineData(true, 2)]
    public void Two_sides_giving_the_same_exclusive_targets_are_not_one_answer(bool sohrFirst, int targets)
    {
        var only = Hit(TargetScope.Only, [.. new[] { Terrorists, Hospital }.Take(targets)]);
        Claim[] sameAccount = [Claim("c1", "konashenkov", "i1", only), Claim("c2", "sohr", "i1", only)];
        // Russia names a target neither account covers: no conflict with its own side's c1, a conflict with sohr's c2.
        var opponents = Claim("c3", "russia", "i1", Hit(TargetScope.Unstated, Opponents));

        var report = ContradictionDetector.Analyze(Document([.. sohrFirst ? sameAccount.Reverse() : sameAccount, opponents]));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.TargetConflict, finding.Kind);
        Assert.Equal(["c2", "c3"], Pair(finding));
    }

    [Fact]
    public void Accounts_of_one_side_naming_other_targets_by_different_names_are_not_one_answer()
    {
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", "i1", Hit(TargetScope.Only, Terrorists)), Claim("c2", "konashenkov", "i1", Hit(TargetScope.Only, Opponents)), Claim("c3", "sohr", "i1", Hit(TargetScope.Unstated, Terrorists))]));

        // Only "only other opponents" excludes the terrorists sohr names.
        Assert.Equal(["c2", "c3"], Pair(Assert.Single(report.Findings)));
    }

    [Fact]
    public void Agreeing_target_accounts_cost_one_comparison_per_answer()
    {
        // Five accounts of one side giving one answer: other targets named alike ignoring case, hospitals by any name.
        Target[] names = [new() { Kind = TargetKind.Other, Name = "terrorists" }, new() { Kind = TargetKind.Other, Name = "Terrorists" }];
        Target[] hospitals = [new() { Kind = TargetKind.Hospital, Name = "al-Quds hospital" }, new() { Kind = TargetKind.Hospital, Name = "the MSF hospital" }, Hospital];
        var agreeing = Enumerable.Range(1, 5).Select(i => Claim("c" + i, "konashenkov", "i1", Hit(TargetScope.Only, names[i % 2], hospitals[i % 3])));
        var other = Claim("c6", "sohr", "i1", Hit(TargetScope.Unstated, Opponents));

        // c2..c5 each compare with one group, c6 with one: five comparisons.
        var report = ContradictionDetector.Analyze(Document([.. agreeing, other]), new DetectionOptions { Budget = new AnalysisBudget { MaxComparisons = 5 } });

        Assert.Null(report.Truncation);
        Assert.Equal(5, report.Findings.Count);
        Assert.All(report.Findings, f => Assert.Equal(FindingKind.TargetConflict, f.Kind));
    }
}
