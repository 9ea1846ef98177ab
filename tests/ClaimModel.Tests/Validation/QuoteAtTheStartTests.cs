using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>Position 0 is the first code point of the source's text, not a negative position: a quote starting or
/// ending there has its end checked against its start and is located in the text like any other.</summary>
public class QuoteAtTheStartTests
{
    [Fact]
    public void A_quote_of_the_texts_first_words_at_position_0_is_valid()
    {
        Assert.StartsWith("On Thursday", SourceText, StringComparison.Ordinal);
        IssueAssert.Valid(WithQuote(new Quote { Exact = "On Thursday", Start = 0, End = 11 }));
    }

    [Fact]
    public void An_end_that_does_not_fit_a_start_at_0_is_a_position_error()
    {
        IssueAssert.Single(WithQuote(new Quote { Exact = "On Thursday", Start = 0, End = 12 }), ErrorCodes.QuotePosition, "claims[0].reports[0].quote.end", "12");
    }

    [Fact]
    public void An_end_at_0_is_measured_from_the_start_and_a_negative_one_is_refused_as_negative()
    {
        var atZero = Assert.Single(ClaimValidation.Validate(WithQuote(new Quote { Exact = "On", Start = 0, End = 0 })).Issues);
        Assert.Equal((ErrorCodes.QuotePosition, "claims[0].reports[0].quote.end"), (atZero.Code, atZero.Path));
        Assert.Contains("must be start + the number of code points in exact", atZero.Message, StringComparison.Ordinal);

        var negative = Assert.Single(ClaimValidation.Validate(WithQuote(new Quote { Exact = "On", End = -1 })).Issues);
        Assert.Equal((ErrorCodes.QuotePosition, "claims[0].reports[0].quote.end"), (negative.Code, negative.Path));
        Assert.Contains("must not be negative", negative.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_said_to_start_or_end_at_0_that_is_elsewhere_in_the_text_is_a_mismatch()
    {
        var starting = ClaimValidation.Validate(WithQuote(new Quote { Exact = "Igor", Start = 0 })).Issues;
        Assert.Contains(starting, i => i.Code == ErrorCodes.QuotePositionMismatch);

        var ending = ClaimValidation.Validate(WithQuote(new Quote { Exact = "Igor", End = 0 })).Issues;
        Assert.Contains(ending, i => i.Code == ErrorCodes.QuotePositionMismatch);
    }
}
