using ClaimModel.Validation;

namespace ClaimModel.Tests.Validation;

/// <summary>The outcomes a caller may build refuse missing arguments by name.</summary>
public class OutcomeArgumentTests
{
    [Fact]
    public void A_merge_outcome_needs_a_document_and_issues_and_maps_only_a_path()
    {
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => new MergeOutcome(null!, [])).ParamName);
        Assert.Equal("issues", Assert.Throws<ArgumentNullException>(() => new MergeOutcome(ValidDocument.Document, null!)).ParamName);
        var outcome = new MergeOutcome(ValidDocument.Document, []);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => outcome.Origin(null!)).ParamName);
        Assert.Equal("claims[0]", outcome.Origin("claims[0]"));
    }

    [Fact]
    public void A_validation_outcome_needs_issues()
    {
        Assert.Equal("issues", Assert.Throws<ArgumentNullException>(() => new ValidationOutcome(null!)).ParamName);
    }
}
