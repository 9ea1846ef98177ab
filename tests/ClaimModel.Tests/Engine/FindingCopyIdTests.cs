using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>A copy of a finding made with <c>with</c> has the id of what the copy is: a copy changing its kind,
/// incident or participants gets the id of those, even when the original's id was read before the copy was made.</summary>
public sealed class FindingCopyIdTests
{
    private static Finding OneFinding() =>
        Assert.Single(ContradictionDetector.Analyze(Document([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "usa", "i1", Did("usa"))])).Findings);

    public static TheoryData<string> Members => ["kind", "incident", "participants"];

    [Theory]
    [MemberData(nameof(Members))]
    public void A_copy_changing_a_member_of_the_id_has_its_own_id(string member)
    {
        var finding = OneFinding();
        var id = finding.Id;
        var copy = Changed(finding, member);
        var fresh = Changed(OneFinding(), member);

        Assert.NotEqual(id, fresh.Id);
        Assert.Equal(fresh.Id, copy.Id);
    }

    [Fact]
    public void A_copy_changing_nothing_of_the_id_keeps_it()
    {
        var finding = OneFinding();
        var id = finding.Id;

        Assert.Equal(id, (finding with { Explanation = "another text" }).Id);
        Assert.Equal(id, (finding with { Severity = Severity.Info }).Id);
    }

    private static Finding Changed(Finding finding, string member) => member switch
    {
        "kind" => finding with { Kind = FindingKind.SelfContradiction },
        "incident" => finding with { Incident = "i2" },
        "participants" => finding with { Participants = [finding.Participants[0] with { Statement = 2 }, finding.Participants[1]] },
        _ => throw new ArgumentOutOfRangeException(nameof(member), member, "no such member"),
    };
}
