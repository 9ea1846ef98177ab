using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

public class MergeTests
{
    private static readonly ClaimDocument Common = new() { Title = "Shared", Actors = [Russia, Ministry, Usa], Sources = [Article, Rt], Incidents = [Bombing] };

    private static readonly ClaimDocument Article1 = new() { Actors = [Usa], Claims = [A10Claim, Presence] };

    private static readonly ClaimDocument Article2 = new() { Title = "Article 2", Sources = [Rt], Denials = [UsaDenial] };

    [Fact]
    public void Equal_records_with_the_same_id_appear_once_in_first_occurrence_order()
    {
        var outcome = ClaimDocumentMerger.Merge([new("seeds/common.json", Common), new("seeds/001.claims.json", Article1), new("seeds/002.claims.json", Article2)]);

        Assert.True(outcome.IsClean);
        Assert.Empty(outcome.Issues);
        Assert.Equal(Document with { Title = "Shared" }, outcome.Document);
        Assert.True(ClaimValidation.Validate(outcome.Document).IsValid);
    }

    [Fact]
    public void Same_id_with_different_content_is_a_conflict_naming_both_places_and_the_first_wins()
    {
        var renamed = Usa with { Name = "USA" };
        var outcome = ClaimDocumentMerger.Merge([new("seeds/common.json", Common), new("seeds/002.claims.json", new ClaimDocument { Actors = [renamed] })]);

        var issue = Assert.Single(outcome.Issues);
        Assert.Equal(
            new ValidationIssue(
                ErrorCodes.MergeConflict,
                "seeds/002.claims.json: actors[0]",
                "has id 'usa' like seeds/common.json: actors[2] but different content; the first is kept: make the two records equal or give one another id",
                "usa"),
            issue);
        Assert.Equal([Russia, Ministry, Usa], outcome.Document.Actors);
        Assert.False(outcome.IsClean);
    }

    [Fact]
    public void New_ids_from_later_documents_are_appended_in_their_order()
    {
        var outcome = ClaimDocumentMerger.Merge([new("b.json", new ClaimDocument { Actors = [Usa, Russia] }), new("a.json", new ClaimDocument { Actors = [Ministry, Russia] })]);
        Assert.Equal(["usa", "russia", "russia-mod"], outcome.Document.Actors.Select(a => a.Id));
    }

    [Fact]
    public void Merge_is_deterministic()
    {
        NamedDocument[] inputs = [new("x.json", Article2), new("y.json", Common with { Sources = [Rt with { Outlet = "RT" }] }), new("z.json", Article1)];
        var first = ClaimDocumentMerger.Merge(inputs);
        var second = ClaimDocumentMerger.Merge(inputs);
        Assert.Equal(first.Document, second.Document);
        Assert.Equal(first.Issues, second.Issues);
        Assert.Equal(["y.json: sources[0]"], first.Issues.Select(i => i.Path));
        Assert.Equal("Article 2", first.Document.Title);
    }

    [Fact]
    public void Null_inputs_and_documents_are_issues_and_other_inputs_still_merge()
    {
        var outcome = ClaimDocumentMerger.Merge([null!, new("empty.json", null!), new("common.json", Common)]);
        Assert.Equal(
            [(ErrorCodes.MergeInputNull, "inputs[0]"), (ErrorCodes.MergeInputNull, "empty.json")],
            outcome.Issues.Select(i => (i.Code, i.Path)));
        Assert.Equal(Common, outcome.Document);
    }

    [Fact]
    public void Null_records_and_records_without_id_are_kept_for_validation_to_report()
    {
        var outcome = ClaimDocumentMerger.Merge([new("a.json", new ClaimDocument { Actors = [null!, Russia with { Id = null! }] }), new("b.json", new ClaimDocument { Actors = [null!] })]);
        Assert.Empty(outcome.Issues);
        Assert.Equal(3, outcome.Document.Actors.Count);
        Assert.Equal(
            [ErrorCodes.ElementNull, ErrorCodes.Required, ErrorCodes.ElementNull],
            ClaimValidation.Validate(outcome.Document).Issues.Select(i => i.Code));
    }

    [Fact]
    public void Same_id_in_two_collections_is_left_to_validation()
    {
        var outcome = ClaimDocumentMerger.Merge([new("a.json", new ClaimDocument { Actors = [Russia with { Id = "rt" }], Sources = [Rt] })]);
        Assert.Empty(outcome.Issues);
        Assert.Contains(ClaimValidation.Validate(outcome.Document).Issues, i => i.Code == ErrorCodes.IdDuplicate && i.Path == "sources[0].id");
    }

    [Fact]
    public void Origin_maps_a_merged_path_back_to_its_input_document()
    {
        var outcome = ClaimDocumentMerger.Merge([new("seeds/common.json", Common), new("seeds/001.claims.json", Article1), new("seeds/002.claims.json", Article2)]);
        Assert.Equal("seeds/001.claims.json: claims[1].reports[0].quote", outcome.Origin("claims[1].reports[0].quote"));
        Assert.Equal("seeds/002.claims.json: denials[0]", outcome.Origin("denials[0]"));
        Assert.Equal("seeds/common.json: actors[2].id", outcome.Origin("actors[2].id"));
        Assert.Equal("claims[7].id", outcome.Origin("claims[7].id"));
        Assert.Equal("", outcome.Origin(""));
        Assert.Equal("title", outcome.Origin("title"));
        Assert.Equal("claims[x]", outcome.Origin("claims[x]"));
    }

    /// <summary>A later article relaying the A-10 claim through Russia Today: a report added to the claim another
    /// document defines, and an alias and identity link added to actors.</summary>
    private static readonly Report RtReport = new() { Source = "rt", Quote = new Quote { Exact = "two A-10s" } };

    private static readonly ClaimDocument Relay = new()
    {
        Amendments =
        [
            new Amendment { Amends = "usa", Aliases = ["U.S."] },
            new Amendment { Amends = "c-a10", Reports = [RtReport] },
            new Amendment { Amends = "russia-mod", Aliases = ["Russian defense ministry", "MoD"], Affiliations = [new Affiliation { Actor = "usa", Relation = AffiliationRelation.ControlledBy }] },
            new Amendment { Amends = "usa", SameAs = [new IdentityLink { Actor = "russia", Certainty = IdentityCertainty.Probable, Basis = "a test of the merge, not of the world" }] },
        ],
    };

    [Fact]
    public void Amendments_are_applied_to_the_records_other_documents_define_and_origin_names_the_amendment()
    {
        var outcome = ClaimDocumentMerger.Merge([new("common.json", Common), new("001.json", Article1), new("relay.json", Relay)]);

        Assert.Empty(outcome.Issues);
        Assert.Equal([IbtReport, RtReport], outcome.Document.Claims[0].Reports);
        Assert.Equal(["U.S."], outcome.Document.Actors[2].Aliases);
        Assert.Equal(["Russian defense ministry", "MoD"], outcome.Document.Actors[1].Aliases);
        Assert.Equal([.. Ministry.Affiliations, new Affiliation { Actor = "usa", Relation = AffiliationRelation.ControlledBy }], outcome.Document.Actors[1].Affiliations);
        Assert.Empty(outcome.Document.Amendments);
        Assert.Empty(ClaimValidation.Validate(outcome.Document).Issues);

        Assert.Equal("001.json: claims[0].reports[0].quote", outcome.Origin("claims[0].reports[0].quote"));
        Assert.Equal("relay.json: amendments[1].reports[0].quote", outcome.Origin("claims[0].reports[1].quote"));
        Assert.Equal("relay.json: amendments[1].reports[0]", outcome.Origin("claims[0].reports[1]"));
        Assert.Equal("001.json: claims[0].reports", outcome.Origin("claims[0].reports"));
        Assert.Equal("relay.json: amendments[0].aliases[0]", outcome.Origin("actors[2].aliases[0]"));
        Assert.Equal("common.json: actors[1].aliases[0]", outcome.Origin("actors[1].aliases[0]"));
        Assert.Equal("relay.json: amendments[2].aliases[1]", outcome.Origin("actors[1].aliases[1]"));
        Assert.Equal("relay.json: amendments[2].affiliations[0].actor", outcome.Origin("actors[1].affiliations[1].actor"));
        Assert.Equal("common.json: actors[1].affiliations[0].actor", outcome.Origin("actors[1].affiliations[0].actor"));
        Assert.Equal("relay.json: amendments[3].sameAs[0].basis", outcome.Origin("actors[2].sameAs[0].basis"));
        Assert.Equal("common.json: actors[2].name", outcome.Origin("actors[2].name"));
    }

    [Fact]
    public void Amendments_apply_whichever_order_the_documents_come_in()
    {
        var forward = ClaimDocumentMerger.Merge([new("common.json", Common), new("001.json", Article1), new("relay.json", Relay)]);
        var backward = ClaimDocumentMerger.Merge([new("relay.json", Relay), new("001.json", Article1), new("common.json", Common)]);

        Assert.Empty(backward.Issues);
        Assert.Empty(backward.Document.Amendments);
        Assert.Equal(forward.Document.Claims, backward.Document.Claims);
        Assert.Equal(forward.Document.Actors.OrderBy(a => a.Id, StringComparer.Ordinal), backward.Document.Actors.OrderBy(a => a.Id, StringComparer.Ordinal));
        Assert.Equal("relay.json: amendments[1].reports[0].quote", backward.Origin("claims[0].reports[1].quote"));
        Assert.Equal("001.json: claims[0].reports[0].quote", backward.Origin("claims[0].reports[0].quote"));
        var usa = backward.Document.Actors.AsSpan().IndexOf(forward.Document.Actors[2]);
        Assert.Equal("relay.json: amendments[0].aliases[0]", backward.Origin($"actors[{usa}].aliases[0]"));
    }

    [Fact]
    public void The_same_addition_from_several_documents_or_twice_in_one_appears_once()
    {
        var again = new ClaimDocument { Amendments = [Relay.Amendments[1], new Amendment { Amends = "c-a10", Reports = [IbtReport, RtReport] }, Relay.Amendments[1]] };
        var outcome = ClaimDocumentMerger.Merge([new("common.json", Common), new("001.json", Article1), new("relay.json", Relay), new("again.json", again)]);

        Assert.Empty(outcome.Issues);
        Assert.Equal([IbtReport, RtReport], outcome.Document.Claims[0].Reports);
        Assert.Empty(outcome.Document.Amendments);
        Assert.Equal("relay.json: amendments[1].reports[0]", outcome.Origin("claims[0].reports[1]"));
    }

    [Fact]
    public void Amendment_of_a_record_no_document_has_is_a_validation_issue_at_its_path_in_its_file()
    {
        var stray = new ClaimDocument { Amendments = [Relay.Amendments[0], new Amendment { Amends = "c-gone", Reports = [RtReport] }] };
        var outcome = ClaimDocumentMerger.Merge([new("common.json", Common), new("stray.json", stray), new("stray-copy.json", stray)]);

        Assert.Empty(outcome.Issues);
        Assert.Equal([stray.Amendments[1]], outcome.Document.Amendments);
        var issue = Assert.Single(ClaimValidation.Validate(outcome.Document).Issues);
        Assert.Equal(
            (ErrorCodes.ReferenceDangling, "stray.json: amendments[1].amends", "c-gone"),
            (issue.Code, outcome.Origin(issue.Path), issue.Value));
    }

    [Fact]
    public void What_an_amendment_adds_is_validated_where_it_lands_and_reported_in_its_file()
    {
        var broken = new ClaimDocument { Amendments = [new Amendment { Amends = "c-a10", Reports = [RtReport with { Source = "gone", Statements = [2] }] }] };
        var outcome = ClaimDocumentMerger.Merge([new("common.json", Common), new("001.json", Article1), new("broken.json", broken)]);

        var issues = ClaimValidation.Validate(outcome.Document).Issues.Select(i => (i.Code, outcome.Origin(i.Path)));
        Assert.Equal(
            [(ErrorCodes.ReferenceDangling, "broken.json: amendments[0].reports[0].source"), (ErrorCodes.StatementPosition, "broken.json: amendments[0].reports[0].statements[0]")],
            issues);
    }

    [Fact]
    public void Conflicts_are_still_reported_and_amendments_go_to_the_record_kept()
    {
        var rival = new ClaimDocument { Claims = [A10Claim with { Modality = Modality.Suggested }] };
        var outcome = ClaimDocumentMerger.Merge([new("common.json", Common), new("001.json", Article1), new("rival.json", rival), new("relay.json", Relay)]);

        var issue = Assert.Single(outcome.Issues);
        Assert.Equal((ErrorCodes.MergeConflict, "rival.json: claims[0]"), (issue.Code, issue.Path));
        Assert.Equal(A10Claim with { Reports = [IbtReport, RtReport] }, outcome.Document.Claims[0]);
    }

    [Fact]
    public void A_lone_document_amending_its_own_records_merges_as_the_applier_applies_it()
    {
        var lone = Document with { Amendments = [.. Relay.Amendments, new Amendment { Amends = "nowhere", Aliases = ["x"] }] };
        var merged = ClaimDocumentMerger.Merge([new("lone.json", lone)]);
        var applied = AmendmentApplier.Apply(lone);

        Assert.Equal(applied, merged.Document);
        Assert.Equal([new Amendment { Amends = "nowhere", Aliases = ["x"] }], applied.Amendments);
        Assert.Equal("lone.json: amendments[4]", merged.Origin("amendments[0]"));
        Assert.Equal(
            [(ErrorCodes.ReferenceDangling, "amendments[4].amends")],
            ClaimValidation.Validate(lone).Issues.Select(i => (i.Code, i.Path)));
    }
}
