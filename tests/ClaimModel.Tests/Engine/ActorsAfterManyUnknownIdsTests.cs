using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Actors added to an index after it met hundreds of ids it had no actor for (claimants, actors named): the
/// graph's tables grow to the new actors' keys however far past their sizes those are, and sides come out as
/// for actors known from the start.</summary>
public class ActorsAfterManyUnknownIdsTests
{
    private static string Layout(IEnumerable<Finding> findings) =>
        string.Join("; ", findings.Select(f => f.Kind + " " + string.Join(" ", f.Participants.Select(p => p.Id + "=" + string.Join(",", p.Sides)))));

    [Theory]
    [InlineData(40)]
    [InlineData(300)]
    public void Actors_added_after_many_unknown_ids_have_their_sides_and_voices(int unknown)
    {
        var index = new ContradictionIndex();
        for (var i = 0; i < unknown; i++)
        {
            var id = "u" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Empty(index.AddClaim(Claim("c-" + id, id, "i-" + id, Did("n-" + id))));
            index.AddIncident(Incident("i-" + id));
        }

        index.AddActor(Actor("coalition"));
        index.AddActor(Actor("usa", ("coalition", AffiliationRelation.MemberOf)));
        index.AddActor(Actor("kerry", ("usa", AffiliationRelation.SpokespersonFor)));
        index.AddActor(Actor("russia"));

        Assert.Empty(index.AddClaim(Claim("x1", "kerry", "i2", Did("russia"))));
        Assert.Empty(index.AddClaim(Claim("x2", "coalition", "i2", Did("russia"))));
        Assert.Equal(
            "ConflictingResponsibility x1=coalition x3=russia; ConflictingResponsibility x2=coalition x3=russia",
            Layout(index.AddClaim(Claim("x3", "russia", "i2", Did("usa")))));
    }
}
