using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>A figure's values at zero and without a lower bound: zero is no negative value, on either bound of
/// <c>between</c>; an upper value without a value is judged only for what is missing.</summary>
public class FigureEdgeTests
{
    [Fact]
    public void Between_zero_and_zero_is_valid() =>
        IssueAssert.Valid(WithFigure(MilesFigure with { Qualifier = FigureQualifier.Between, Value = 0, UpperValue = 0 }));

    [Fact]
    public void An_exact_zero_is_valid() =>
        IssueAssert.Valid(WithFigure(MilesFigure with { Qualifier = FigureQualifier.Exact, Value = 0 }));

    [Fact]
    public void Between_without_a_value_is_only_the_missing_value() =>
        IssueAssert.Exactly(
            WithFigure(MilesFigure with { Qualifier = FigureQualifier.Between, Value = null, UpperValue = 3 }),
            (ErrorCodes.FigureValueMissing, "claims[1].statements[0].within.value", null));

    [Fact]
    public void A_negative_upper_value_is_negative_before_it_is_below_the_value() =>
        IssueAssert.Exactly(
            WithFigure(MilesFigure with { Qualifier = FigureQualifier.Between, Value = 5, UpperValue = -0.5m }),
            (ErrorCodes.FigureNegative, "claims[1].statements[0].within.upperValue", "-0.5"));

    [Fact]
    public void An_as_of_time_on_a_figure_that_is_not_cumulative_is_named_by_its_words_when_it_has_them()
    {
        var asOf = StatedOn(11, TimePrecision.Day) with { Text = "as of Thursday" };
        var outcome = ClaimValidation.Validate(WithFigure(MilesFigure with { AsOf = asOf }));

        var issue = Assert.Single(outcome.Issues);
        Assert.Equal((ErrorCodes.FigureAsOfNotCumulative, "claims[1].statements[0].within.asOf", "as of Thursday", IssueSeverity.Warning), (issue.Code, issue.Path, issue.Value, issue.Severity));
    }
}
