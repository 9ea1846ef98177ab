using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Two findings are equal when every member is: the same finding from two analyses is equal (not the same
/// instance), and a finding differing in any one member — kind, severity, incident, participants, origins,
/// explanation — is not equal to it, either way round.</summary>
public sealed class FindingEqualityTests
{
    private static Finding OneFinding() =>
        Assert.Single(ContradictionDetector.Analyze(Document([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "usa", "i1", Did("usa"))])).Findings);

    [Fact]
    public void The_same_finding_from_two_analyses_is_equal()
    {
        var finding = OneFinding();
        var again = OneFinding();

        Assert.NotSame(finding, again);
        Assert.True(finding.Equals(again));
        Assert.Equal(finding.GetHashCode(), again.GetHashCode());
        Assert.False(finding.Equals(null));
    }

    public static TheoryData<string> Members => ["kind", "severity", "incident", "participants", "origins", "explanation"];

    [Theory]
    [MemberData(nameof(Members))]
    public void A_finding_differing_in_one_member_is_not_equal(string member)
    {
        var finding = OneFinding();
        var other = member switch
        {
            "kind" => finding with { Kind = FindingKind.SelfContradiction },
            "severity" => finding with { Severity = finding.Severity == Severity.Low ? Severity.High : Severity.Low },
            "incident" => finding with { Incident = "i2" },
            "participants" => finding with { Participants = [finding.Participants[0]] },
            "origins" => finding with { Origins = finding.Origins.Add("sohr") },
            "explanation" => finding with { Explanation = finding.Explanation + " Again." },
            _ => throw new ArgumentOutOfRangeException(nameof(member), member, "no such member"),
        };

        Assert.False(finding.Equals(other));
        Assert.False(other.Equals(finding));
        Assert.True(other.Equals(other with { }));
    }
}
