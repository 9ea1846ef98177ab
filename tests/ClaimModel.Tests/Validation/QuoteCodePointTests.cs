using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>Quote positions count code points when the exact text itself holds a surrogate pair (the fast path for
/// texts without surrogates must not be taken there).</summary>
public class QuoteCodePointTests
{
    [Fact]
    public void Exact_text_with_an_emoji_spans_its_code_points()
    {
        IssueAssert.Valid(WithQuote(new Quote { Exact = "🙂 yesterday", Start = 75, End = 86 }));
    }

    [Fact]
    public void Exact_text_with_an_emoji_measured_in_UTF16_units_is_a_position_error()
    {
        IssueAssert.Single(WithQuote(new Quote { Exact = "🙂 yesterday", Start = 75, End = 87 }), ErrorCodes.QuotePosition, "claims[0].reports[0].quote.end", "87");
    }
}
