using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>Issues come in document order whatever rule found them: by collection (actors, sources, incidents,
/// claims, denials, amendments), then by record index read as a number (<c>claims[5]</c> before <c>claims[12]</c>),
/// then in the order the rules found them — so a duplicate id, found after every record's own rules, sits with its
/// record.</summary>
public class IssueOrderTests
{
    [Fact]
    public void Issues_of_every_collection_are_sorted_by_collection_then_record_index()
    {
        var claims = Enumerable.Range(0, 13).Select(i => A10Claim with { Id = "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        claims[5] = claims[5] with { Id = "usa" };
        claims[12] = claims[12] with { Claimant = "nobody" };
        claims[2] = claims[2] with { Claimant = "ibt" };
        var document = Document with
        {
            Actors = [Russia, Ministry, Usa, Usa with { Name = "Duplicate" }, Russia with { Id = "Bad" }],
            Sources = [Article, Rt with { Url = "ftp://x" }],
            Incidents = [Bombing, Bombing with { Id = "b2", PartOf = "b2" }],
            Claims = [.. claims],
            Denials = [UsaDenial with { DeniedClaims = ["c0"], Claimant = "ghost" }],
            Amendments = [new Amendment { Amends = "c0" }],
        };

        var outcome = ClaimValidation.Validate(document);

        Assert.Equal(
            [
                (ErrorCodes.IdDuplicate, "actors[3].id"),
                (ErrorCodes.IdSyntax, "actors[4].id"),
                (ErrorCodes.UrlSyntax, "sources[1].url"),
                (ErrorCodes.PartOfCycle, "incidents[1].partOf"),
                (ErrorCodes.ReferenceWrongKind, "claims[2].claimant"),
                (ErrorCodes.IdDuplicate, "claims[5].id"),
                (ErrorCodes.ReferenceDangling, "claims[12].claimant"),
                (ErrorCodes.ReferenceDangling, "denials[0].claimant"),
                (ErrorCodes.AmendmentEmpty, "amendments[0]"),
            ],
            outcome.Issues.Select(i => (i.Code, i.Path)).ToArray());
    }

    [Fact]
    public void Issues_of_one_record_keep_the_order_their_rules_found_them()
    {
        // The id rule runs before the claimant rule; the duplicate id is found last, after every record's rules.
        var document = Document with { Claims = [A10Claim, Presence with { Id = "c-a10", Claimant = "nobody", Modality = (Modality)9 }] };

        var outcome = ClaimValidation.Validate(document);

        Assert.Equal(
            [
                (ErrorCodes.ReferenceDangling, "claims[1].claimant"),
                (ErrorCodes.EnumUndefined, "claims[1].modality"),
                (ErrorCodes.IdDuplicate, "claims[1].id"),
            ],
            outcome.Issues.Select(i => (i.Code, i.Path)).ToArray());
    }
}
