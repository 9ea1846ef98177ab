using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Denials by statement are filed under the actor they name and claims under the actor they name; the
/// affiliation graph is walked from the denial down (descendants) or from the claim up (ancestors), depending on
/// which is added first. Each pair is one finding whatever the order and however many keys it shares.</summary>
public class DenialKeyTests
{
    private static TargetStatement Hits(params TargetKind[] kinds) =>
        new() { Targets = ValueList.From(kinds.Select(k => new Target { Kind = k })) };

    /// <summary>Adds the claims and the denials in both orders and returns both sets of findings.</summary>
    private static (ContradictionReport ClaimsFirst, ContradictionReport DenialsFirst) BothOrders(Claim[] claims, Denial[] denials)
    {
        var claimsFirst = new ContradictionIndex();
        claimsFirst.AddDocument(Document());
        var denialsFirst = new ContradictionIndex();
        denialsFirst.AddDocument(Document());
        foreach (var claim in claims)
        {
            claimsFirst.AddClaim(claim);
        }

        foreach (var denial in denials)
        {
            claimsFirst.AddDenial(denial);
            denialsFirst.AddDenial(denial);
        }

        foreach (var claim in claims)
        {
            denialsFirst.AddClaim(claim);
        }

        return (claimsFirst.GetReport(), denialsFirst.GetReport());
    }

    [Fact]
    public void A_denial_about_a_coalition_covers_a_claim_about_a_unit_two_levels_below_in_either_order()
    {
        var (claimsFirst, denialsFirst) = BothOrders([Claim("c1", "konashenkov", "i1", Did("us-air-force"))], [Denial("d1", "state-dept", "i1", Did("coalition"))]);

        Assert.Equal(["c1", "d1"], Assert.Single(claimsFirst.Findings).Participants.Select(p => p.Id));
        Assert.Equal(claimsFirst, denialsFirst);
    }

    [Fact]
    public void A_denial_about_a_unit_does_not_cover_a_claim_about_its_state_in_either_order()
    {
        var (claimsFirst, denialsFirst) = BothOrders([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "state-dept", "i1", Did("us-air-force"))]);

        Assert.Empty(claimsFirst.Findings);
        Assert.Empty(denialsFirst.Findings);
    }

    [Fact]
    public void Target_statements_sharing_several_target_kinds_are_one_finding_in_either_order()
    {
        var (claimsFirst, denialsFirst) = BothOrders(
            [Claim("c1", "sohr", "i1", Hits(TargetKind.Hospital, TargetKind.School, TargetKind.Mosque))],
            [Denial("d1", "russia", "i1", Hits(TargetKind.School, TargetKind.Hospital))]);

        Assert.Single(claimsFirst.Findings);
        Assert.Equal(claimsFirst, denialsFirst);
    }

    [Fact]
    public void A_claim_naming_two_targets_of_one_kind_is_one_finding_for_a_one_target_denial()
    {
        var twoHospitals = new TargetStatement { Targets = [new Target { Kind = TargetKind.Hospital, Name = "al-Quds" }, new Target { Kind = TargetKind.Hospital, Name = "M10" }] };
        var (claimsFirst, denialsFirst) = BothOrders([Claim("c1", "sohr", "i1", twoHospitals)], [Denial("d1", "russia", "i1", Hits(TargetKind.Hospital))]);

        Assert.Single(claimsFirst.Findings);
        Assert.Equal(claimsFirst, denialsFirst);
    }

    [Fact]
    public void A_denial_naming_the_claim_and_its_statement_is_reported_by_id_in_either_order()
    {
        var (claimsFirst, denialsFirst) = BothOrders([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "usa", "i1", Did("coalition"), "c1")]);

        Assert.Contains("naming the claim by id", Assert.Single(claimsFirst.Findings).Explanation, StringComparison.Ordinal);
        Assert.Equal(claimsFirst, denialsFirst);
    }

    [Fact]
    public void An_actor_added_after_a_denial_is_covered_by_it_when_its_claims_arrive()
    {
        var index = new ContradictionIndex();
        index.AddDocument(Document());
        index.AddDenial(Denial("d1", "state-dept", "i1", Did("usa")));
        index.AddActor(Actor("us-navy", ("usa", AffiliationRelation.PartOf)));

        Assert.Single(index.AddClaim(Claim("c1", "konashenkov", "i1", Did("us-navy"))));
    }

    [Fact]
    public void A_denial_added_after_an_actor_is_added_covers_the_earlier_claims_about_it()
    {
        var index = new ContradictionIndex();
        index.AddDocument(Document());
        index.AddActor(Actor("us-navy", ("usa", AffiliationRelation.PartOf)));
        index.AddClaim(Claim("c1", "konashenkov", "i1", Did("us-navy")));

        Assert.Single(index.AddDenial(Denial("d1", "state-dept", "i1", Did("usa"))));
    }
}
