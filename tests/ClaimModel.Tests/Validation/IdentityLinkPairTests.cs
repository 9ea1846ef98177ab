using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>One certainty per pair of actors: the pair is the two actors whichever links the other, and links of one
/// actor to two others, or of two actors to one, are different pairs that may differ in certainty.</summary>
public class IdentityLinkPairTests
{
    private static Actor Person(string id, params (string Actor, IdentityCertainty Certainty)[] links) => new()
    {
        Id = id,
        Name = id,
        Kind = ActorKind.Person,
        SameAs = [.. links.Select(l => new IdentityLink { Actor = l.Actor, Certainty = l.Certainty })],
    };

    [Fact]
    public void One_actor_linked_to_two_others_with_different_certainties_is_valid()
    {
        IssueAssert.Valid(WithActors(Person("p1", ("p2", IdentityCertainty.Probable), ("p3", IdentityCertainty.Confirmed)), Person("p2"), Person("p3")));
    }

    [Fact]
    public void Two_actors_linked_to_one_with_different_certainties_is_valid()
    {
        IssueAssert.Valid(WithActors(Person("p1", ("p3", IdentityCertainty.Probable)), Person("p2", ("p3", IdentityCertainty.Confirmed)), Person("p3")));
    }

    [Fact]
    public void Two_actors_linking_each_other_with_different_certainties_conflict()
    {
        var issue = Assert.Single(ClaimValidation.Validate(WithActors(Person("p1", ("p2", IdentityCertainty.Probable)), Person("p2", ("p1", IdentityCertainty.Confirmed)))).Issues);
        Assert.Equal((ErrorCodes.IdentityConflict, "actors[4].sameAs[0].actor"), (issue.Code, issue.Path));
        Assert.Contains("give the pair one certainty", issue.Message, StringComparison.Ordinal);
    }
}
