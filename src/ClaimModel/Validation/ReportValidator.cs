using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Report"/>: the source and intermediaries exist; the quote is valid and, when
/// the source has a text, occurs in it (at its positions, when given).</summary>
public sealed class ReportValidator : AbstractValidator<Report>, IRecordValidator<Report>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<Report> Rules = new()
    {
        { nameof(Report.Source), static (ref issues, report) => issues.Reference(report.Source, EntityKind.Source) },
        { nameof(Report.Via), static (ref issues, report) => issues.References(report.Via, EntityKind.Source) },
        {
            nameof(Report.Quote), static (ref issues, report) =>
            {
                if (issues.Present(report.Quote))
                {
                    issues.Child(report.Quote, QuoteValidator.Instance);
                    Locate(ref issues, report, report.Quote);
                }
            }
        },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly ReportValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public ReportValidator() => Rules.AddTo(this);

    RecordRules<Report> IRecordValidator<Report>.Rules => Rules;

    /// <summary>When the source has a text: the quote must occur in it, at its positions when given.</summary>
    private static void Locate(ref RecordIssues issues, Report report, Quote quote)
    {
        var text = issues.Index?.FindSource(report.Source)?.Text;
        if (text is null || string.IsNullOrWhiteSpace(quote.Exact) || quote.Start < 0 || quote.End < 0)
        {
            return;
        }

        switch (QuoteLocator.Locate(text, quote))
        {
            case QuoteLocator.Match.NotFound:
                issues.Fail(ErrorCodes.QuoteNotFound, "does not occur in the source's text: prefix + exact + suffix must appear there character for character", quote.Exact);
                break;
            case QuoteLocator.Match.PositionMismatch:
                issues.FailAt(
                    quote.Start is null ? "Quote.End" : "Quote.Start",
                    ErrorCodes.QuotePositionMismatch,
                    "does not point at the quote: the quote occurs in the source's text, but not at this code-point position",
                    quote.Start ?? quote.End);
                break;
        }
    }
}
