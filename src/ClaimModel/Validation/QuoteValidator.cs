using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Quote"/> on its own: non-empty exact text; non-negative code-point positions
/// that, when both are given, span exactly the exact text. Whether the quote occurs in the source's text is
/// checked by <see cref="ReportValidator"/>, which knows the source.</summary>
public sealed class QuoteValidator : AbstractValidator<Quote>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly QuoteValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public QuoteValidator()
    {
        RuleFor(x => x.Exact).RequiredText();
        RuleFor(x => x.Start).Custom(static (start, context) =>
        {
            if (start < 0)
            {
                context.Fail(ErrorCodes.QuotePosition, "must not be negative (code points from the start of the text)", start);
            }
        });
        RuleFor(x => x.End).Custom(static (end, context) =>
        {
            var quote = context.InstanceToValidate;
            if (end is null)
            {
                return;
            }

            if (end < 0)
            {
                context.Fail(ErrorCodes.QuotePosition, "must not be negative (code points from the start of the text)", end);
            }
            else if (quote.Start is { } start && start >= 0 && quote.Exact is not null
                     && (long)end.Value - start != QuoteLocator.CodePointCount(quote.Exact))
            {
                context.Fail(ErrorCodes.QuotePosition, "must be start + the number of code points in exact (the end is exclusive)", end);
            }
        });
    }
}
