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
}
