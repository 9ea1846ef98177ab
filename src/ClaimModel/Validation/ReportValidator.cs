using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Report"/>: the source and intermediaries exist; the quote is valid and, when
/// the source has a text, occurs in it (at its positions, when given).</summary>
public sealed class ReportValidator : AbstractValidator<Report>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly ReportValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public ReportValidator()
    {
        RuleFor(x => x.Source).Reference(EntityKind.Source);
        RuleFor(x => x.Via).References(EntityKind.Source);
        RuleFor(x => x.Quote).Present().Child(QuoteValidator.Instance).Custom(static (quote, context) =>
        {
            var text = context.Index()?.FindSource(context.InstanceToValidate.Source)?.Text;
            if (text is null || quote is null || string.IsNullOrWhiteSpace(quote.Exact) || quote.Start < 0 || quote.End < 0)
            {
                return;
            }

            switch (QuoteLocator.Locate(text, quote))
            {
                case QuoteLocator.Match.NotFound:
                    context.Fail(ErrorCodes.QuoteNotFound, "does not occur in the source's text: prefix + exact + suffix must appear there character for character", quote.Exact);
                    break;
                case QuoteLocator.Match.PositionMismatch:
                    context.FailAt(
                        quote.Start is null ? "Quote.End" : "Quote.Start",
                        ErrorCodes.QuotePositionMismatch,
                        "does not point at the quote: the quote occurs in the source's text, but not at this code-point position",
                        quote.Start ?? quote.End);
                    break;
            }
        });
    }
}
