using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>What the merge names and where it says records came from: an input without a name is named by its position
/// among the inputs, incidents map back to their input like every collection, and an amendment the merge cannot apply
/// maps back to the amendment in its input even when no amendment applied.</summary>
public class MergeInputTests
{
    [Fact]
    public void Inputs_without_a_name_are_named_by_their_position()
    {
        var renamed = Usa with { Name = "USA" };
        var outcome = ClaimDocumentMerger.Merge([
            new(null!, new ClaimDocument { Actors = [Usa] }),
            new(null!, new ClaimDocument { Actors = [Russia] }),
            new(null!, new ClaimDocument { Actors = [renamed] }),
        ]);

        var conflict = Assert.Single(outcome.Issues);
        Assert.Equal(ErrorCodes.MergeConflict, conflict.Code);
        Assert.StartsWith("inputs[2]: actors[0]", conflict.Path, StringComparison.Ordinal);
        Assert.Contains("inputs[0]: actors[0]", conflict.Message, StringComparison.Ordinal);
        Assert.Equal("inputs[1]: actors[0].id", outcome.Origin("actors[1].id"));
    }

    [Fact]
    public void A_missing_input_is_named_by_its_position_and_the_next_ones_keep_theirs()
    {
        var outcome = ClaimDocumentMerger.Merge([new(null!, new ClaimDocument { Actors = [Usa] }), null!, new(null!, new ClaimDocument { Actors = [Russia] })]);

        var missing = Assert.Single(outcome.Issues);
        Assert.Equal(ErrorCodes.MergeInputNull, missing.Code);
        Assert.Equal("inputs[1]", missing.Path);
        Assert.Equal("the merge input is missing", missing.Message);
        Assert.Equal("inputs[2]: actors[0]", outcome.Origin("actors[1]"));
    }

    [Fact]
    public void An_input_without_a_document_is_named_by_its_name()
    {
        var outcome = ClaimDocumentMerger.Merge([new("empty.json", null!), new("a.json", new ClaimDocument { Actors = [Usa] })]);

        var missing = Assert.Single(outcome.Issues);
        Assert.Equal(ErrorCodes.MergeInputNull, missing.Code);
        Assert.Equal("empty.json", missing.Path);
        Assert.Equal("the input's document is missing", missing.Message);
    }

    [Fact]
    public void A_record_without_an_id_keeps_its_place_so_the_records_after_it_map_back_to_theirs()
    {
        var outcome = ClaimDocumentMerger.Merge([new("a.json", new ClaimDocument { Actors = [Usa with { Id = null! }, Russia] })]);
        Assert.Equal("a.json: actors[0].name", outcome.Origin("actors[0].name"));
        Assert.Equal("a.json: actors[1].name", outcome.Origin("actors[1].name"));
    }

    [Fact]
    public void Incidents_map_back_to_their_input()
    {
        var outcome = ClaimDocumentMerger.Merge([new("common.json", new ClaimDocument { Actors = [Usa] }), new("events.json", new ClaimDocument { Incidents = [Bombing] })]);
        Assert.Equal("events.json: incidents[0].place", outcome.Origin("incidents[0].place"));
    }

    [Fact]
    public void An_amendment_that_cannot_be_applied_maps_back_to_its_input_when_none_applies()
    {
        var outcome = ClaimDocumentMerger.Merge([
            new("common.json", new ClaimDocument { Actors = [Usa] }),
            new("late.json", new ClaimDocument { Amendments = [new Amendment { Amends = "no-such-record", Aliases = ["X"] }] }),
        ]);

        Assert.Single(outcome.Document.Amendments);
        Assert.Equal("late.json: amendments[0].amends", outcome.Origin("amendments[0].amends"));
    }

    [Fact]
    public void No_inputs_at_all_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => ClaimDocumentMerger.Merge(null!));
    }
}
