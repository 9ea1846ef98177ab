using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Quote"/> on its own: non-empty exact text; non-negative code-point positions
/// that, when both are given, span exactly the exact text. Whether the quote occurs in the source's text is
/// checked by <see cref="ReportValidator"/>, which knows the source.</summary>
public sealed class QuoteValidator : AbstractValidator<Quote>, IRecordValidator<Quote>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<Quote> Rules = new()
    {
        { nameof(Quote.Exact), static (ref issues, quote) => issues.RequiredText(quote.Exact) },
        {
            nameof(Quote.Start), static (ref issues, quote) =>
            {
                if (quote.Start < 0)
                {
                    issues.Fail(ErrorCodes.QuotePosition, "must not be negative (code points from the start of the text)", quote.Start);
                }
            }
        },
        {
            nameof(Quote.End), static (ref issues, quote) =>
            {
                if (quote.End is not { } end)
                {
                    return;
                }

                if (end < 0)
                {
                    issues.Fail(ErrorCodes.QuotePosition, "must not be negative (code points from the start of the text)", end);
                }
                else if (quote.Start is { } start && start >= 0 && quote.Exact is not null
                         && (long)end - start != QuoteLocator.CodePointCount(quote.Exact))
                {
                    issues.Fail(ErrorCodes.QuotePosition, "must be start + the number of code points in exact (the end is exclusive)", end);
                }
            }
        },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly QuoteValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public QuoteValidator() => Rules.AddTo(this);

    RecordRules<Quote> IRecordValidator<Quote>.Rules => Rules;
}
