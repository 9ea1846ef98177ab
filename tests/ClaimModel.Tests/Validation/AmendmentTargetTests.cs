using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>What an amendment may add to which record: reports to a claim or denial, aliases, affiliations and
/// identity links to an actor, never a mix; one that mixes them or names a source or an incident is not applied and
/// says why, and the record stays as it was.</summary>
public class AmendmentTargetTests
{
    private static readonly Report RtReport = new() { Source = "rt", Quote = new Quote { Exact = "two A-10s" } };

    [Fact]
    public void Reports_and_aliases_together_for_an_actor_are_not_applied_and_the_reports_are_the_wrong_kind()
    {
        var document = WithAmendments(new Amendment { Amends = "usa", Aliases = ["U.S."], Reports = [RtReport] });

        Assert.Same(document, AmendmentApplier.Apply(document));
        IssueAssert.Exactly(document, (ErrorCodes.AmendmentWrongKind, "amendments[0].reports", "usa"));
    }

    [Theory]
    [InlineData("c-a10")]
    [InlineData("d-usa")]
    public void Reports_and_identity_links_together_for_a_claim_or_denial_are_not_applied_and_the_links_are_the_wrong_kind(string id)
    {
        var document = WithAmendments(new Amendment { Amends = id, Reports = [RtReport], SameAs = [new IdentityLink { Actor = "usa", Certainty = IdentityCertainty.Probable }] });

        Assert.Same(document, AmendmentApplier.Apply(document));
        IssueAssert.Exactly(document, (ErrorCodes.AmendmentWrongKind, "amendments[0].sameAs", id));
    }

    [Fact]
    public void An_amendment_of_an_incident_is_not_applied_and_names_the_kinds_it_may_amend()
    {
        var document = WithAmendments(new Amendment { Amends = "aleppo-2016-02-10", Reports = [RtReport] });

        Assert.Same(document, AmendmentApplier.Apply(document));
        var issue = Assert.Single(ClaimValidation.Validate(document).Issues);
        Assert.Equal(
            "error reference-wrong-kind amendments[0].amends: must refer to a claim, a denial or an actor, but this id belongs to an incident (incidents[0]) (value: \"aleppo-2016-02-10\")",
            issue.ToString());
    }

    [Fact]
    public void Affiliations_and_identity_links_for_an_actor_are_applied_together()
    {
        var document = WithActors(Spokesman, Warren) with
        {
            Amendments = [new Amendment { Amends = "warren", Affiliations = [new Affiliation { Actor = "usa", Relation = AffiliationRelation.OfficialOf }], SameAs = [new IdentityLink { Actor = "pentagon-spokesman", Certainty = IdentityCertainty.Probable }] }],
        };

        var amended = AmendmentApplier.Apply(document);

        Assert.Empty(amended.Amendments);
        Assert.Equal([new Affiliation { Actor = "usa", Relation = AffiliationRelation.OfficialOf }], amended.Actors[4].Affiliations);
        Assert.Equal([new IdentityLink { Actor = "pentagon-spokesman", Certainty = IdentityCertainty.Probable }], amended.Actors[4].SameAs);
        Assert.Same(document.Actors[3], amended.Actors[3]);
        IssueAssert.Valid(document);
    }

    [Fact]
    public void A_report_added_to_a_denial_lands_after_its_own_and_the_claims_stay_shared()
    {
        var document = WithAmendments(new Amendment { Amends = "d-usa", Reports = [RtReport] });

        var amended = AmendmentApplier.Apply(document);

        Assert.Equal([.. UsaDenial.Reports, RtReport], amended.Denials[0].Reports);
        Assert.Equal(document.Claims, amended.Claims);
        Assert.True(document.Claims.AsSpan().SequenceEqual(amended.Claims.AsSpan()));
        Assert.Same(document.Claims[0], amended.Claims[0]);
        Assert.Same(document.Actors[0], amended.Actors[0]);
    }

    [Fact]
    public void An_amendment_with_a_null_element_is_not_applied_even_when_the_rest_would_be()
    {
        var document = WithAmendments(new Amendment { Amends = "usa", Aliases = ["U.S."], Affiliations = [null!] });

        Assert.Same(document, AmendmentApplier.Apply(document));
        IssueAssert.Exactly(document, (ErrorCodes.ElementNull, "amendments[0].affiliations[0]", null));
    }
}
