using ClaimModel.Validation;

namespace ClaimModel.Tests.Validation;

public class OutcomeTests
{
    [Fact]
    public void Outcome_without_issues_is_valid_and_formats_as_valid()
    {
        var outcome = ClaimValidation.Validate(ValidDocument.Document);
        Assert.True(outcome.IsValid);
        Assert.Equal("valid\n", outcome.Format());
    }

    [Fact]
    public void Outcome_with_only_warnings_is_valid()
    {
        var outcome = new ValidationOutcome([new ValidationIssue("some-code", "actors[0]", "looks odd", "x", IssueSeverity.Warning)]);
        Assert.True(outcome.IsValid);
        Assert.Equal("warning some-code actors[0]: looks odd (value: \"x\")\n", outcome.Format());
    }

    [Fact]
    public void Outcome_with_an_error_is_invalid()
    {
        var outcome = new ValidationOutcome([new ValidationIssue("a", "", "m", null, IssueSeverity.Warning), new ValidationIssue("b", "", "m", null)]);
        Assert.False(outcome.IsValid);
    }

    [Fact]
    public void Issue_about_the_document_itself_formats_its_path_as_document() =>
        Assert.Equal(
            "error document-null (document): the document is missing (value: (none))",
            Assert.Single(ClaimValidation.Validate(null!).Issues).ToString());

    [Fact]
    public void Outcome_copies_the_issue_list()
    {
        var issues = new List<ValidationIssue> { new("a", "", "m", null) };
        var outcome = new ValidationOutcome(issues);
        issues.Clear();
        Assert.Single(outcome.Issues);
    }

    [Fact]
    public void Value_longer_than_the_limit_is_cut_without_splitting_a_surrogate_pair()
    {
        var text = new string('a', 198) + "🙂" + new string('b', 10);
        var outcome = ClaimValidation.Validate(ValidDocument.Document with { Actors = [.. ValidDocument.Document.Actors, ValidDocument.Usa with { Id = text }] });
        Assert.Equal(new string('a', 198) + "…", outcome.Issues[0].Value);
    }
}
