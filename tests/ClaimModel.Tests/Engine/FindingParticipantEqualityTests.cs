using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Two participants are equal when every member is; a copy changing one claimant member (id, name or sides)
/// keeps the other two; an engine's participants of one claimant show the claimant's id, name and side.</summary>
public sealed class FindingParticipantEqualityTests
{
    public static TheoryData<string> Members => ["id", "role", "statement", "claimant", "claimantName", "sides", "modality", "says", "reports"];

    [Theory]
    [MemberData(nameof(Members))]
    public void A_participant_differing_in_one_member_is_not_equal(string member)
    {
        var participant = Participant("c1", statement: 1);
        var other = member switch
        {
            "id" => participant with { Id = "c2" },
            "role" => participant with { Role = ParticipantRole.Denial },
            "statement" => participant with { Statement = null },
            "claimant" => participant with { Claimant = "b" },
            "claimantName" => participant with { ClaimantName = "B" },
            "sides" => participant with { Sides = ["a", "b"] },
            "modality" => participant with { Modality = Modality.Hedged },
            "says" => participant with { Says = "says otherwise" },
            "reports" => participant with { Reports = Reports() },
            _ => throw new ArgumentOutOfRangeException(nameof(member), member, "no such member"),
        };

        Assert.False(participant.Equals(other));
        Assert.False(other.Equals(participant));
        Assert.True(other.Equals(other with { }));
        Assert.Equal(participant, Participant("c1", statement: 1));
        Assert.Equal(participant.GetHashCode(), Participant("c1", statement: 1).GetHashCode());
    }

    [Fact]
    public void A_copy_changing_one_claimant_member_keeps_the_other_two()
    {
        var participant = Participant("c1");

        var renamed = participant with { ClaimantName = "Another name" };
        Assert.Equal(("a", "Another name"), (renamed.Claimant, renamed.ClaimantName));
        Assert.Equal(participant.Sides, renamed.Sides);

        var moved = participant with { Sides = ["x", "y"] };
        Assert.Equal(("a", "A"), (moved.Claimant, moved.ClaimantName));
        Assert.Equal(["x", "y"], moved.Sides);
        Assert.Equal(["a"], participant.Sides);
    }

    [Fact]
    public void Statement_zero_is_a_position_and_null_is_none()
    {
        Assert.Equal(0, Participant("c1", statement: 0).Statement);
        Assert.Null(Participant("c1").Statement);
        Assert.NotEqual(Participant("c1", statement: 0), Participant("c1"));
        Assert.Equal("c1#0", Participant("c1", statement: 0).Reference);
    }

    [Fact]
    public void Engine_participants_show_their_claimant()
    {
        var finding = Assert.Single(ContradictionDetector.Analyze(Document([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "usa", "i1", Did("usa"))])).Findings);

        var claim = finding.Participants.Single(p => p.Role == ParticipantRole.Claim);
        var denial = finding.Participants.Single(p => p.Role == ParticipantRole.Denial);
        Assert.Equal("konashenkov", claim.Claimant);
        Assert.Equal("usa", denial.Claimant);
        Assert.NotEqual(claim.Sides, denial.Sides);
        Assert.Contains(claim.ClaimantName, finding.Explanation, StringComparison.Ordinal);
        Assert.Equal(Modality.Asserted, claim.Modality);
    }

    [Fact]
    public void A_role_or_modality_outside_the_enum_range_is_refused()
    {
        var participant = Participant("c1");
        Assert.Throws<ArgumentOutOfRangeException>(() => participant with { Role = (ParticipantRole)1000 });
        Assert.Throws<ArgumentOutOfRangeException>(() => participant with { Modality = (Modality)(-3) });
    }
}
