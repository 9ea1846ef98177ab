using System.Globalization;
using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Report"/>: the source exists, each intermediary is a source or an actor; the
/// statement positions are ascending without repeats and, in a claim's report, positions of the claim's statements
/// (a denial's report lists none); the quote is valid and, when the source has a text, occurs in it (at its
/// positions, when given).</summary>
public sealed class ReportValidator : AbstractValidator<Report>, IRecordValidator<Report>
{
    /// <summary>What a <see cref="Report.Via"/> entry may name.</summary>
    private static readonly EntityKind[] Intermediaries = [EntityKind.Source, EntityKind.Actor];

    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<Report> Rules = new()
    {
        { nameof(Report.Source), static (ref issues, report) => issues.Reference(report.Source, EntityKind.Source) },
        { nameof(Report.Via), static (ref issues, report) => issues.References(report.Via, Intermediaries) },
        { nameof(Report.Statements), static (ref issues, report) => CheckStatements(ref issues, report.Statements) },
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

    /// <summary>The statement positions: none in a denial's report; otherwise ascending, without repeats, each below
    /// the claim's number of statements (when the claim is known, <see cref="RecordIssues.ReportedStatements"/>).</summary>
    private static void CheckStatements(ref RecordIssues issues, ValueList<int> positions)
    {
        if (positions.IsEmpty)
        {
            return;
        }

        var count = issues.ReportedStatements;
        if (count == RecordIssues.DenialStatements)
        {
            issues.Fail(ErrorCodes.ReportStatementsOnDenial, "must be empty in a denial's report: statement positions name statements of a claim", "[" + positions.Count.ToString(CultureInfo.InvariantCulture) + " items]");
            return;
        }

        var span = positions.AsSpan();
        var previous = -1;
        for (var i = 0; i < span.Length; i++)
        {
            var position = span[i];
            if (position < 0 || (count >= 0 && position >= count))
            {
                issues.Fail(
                    ErrorCodes.StatementPosition,
                    position < 0
                        ? "must be the position of one of the claim's statements: positions count from 0"
                        : string.Create(CultureInfo.InvariantCulture, $"names statement {position}, but the claim has {count} statement{(count == 1 ? string.Empty : "s")}: positions count from 0"),
                    position,
                    i);
            }
            else if (position <= previous)
            {
                issues.Fail(ErrorCodes.ReportStatementsOrder, "must be after the position before it: list each position once, in ascending order", position, i);
            }
            else
            {
                previous = position;
            }
        }
    }

    /// <summary>When the source has a text: the quote must occur in it, at its positions when given.</summary>
    private static void Locate(ref RecordIssues issues, Report report, Quote quote)
    {
        var text = issues.Index?.FindSourceText(report.Source);
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
