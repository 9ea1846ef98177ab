namespace ClaimModel.Validation;

/// <summary>The rule of the reports shared by claims, denials and amendments: at least one report (claims and
/// denials), each valid, its statement positions judged against the record it reports.</summary>
internal static class ReportsRule
{
    /// <summary>Fails with <see cref="ErrorCodes.ReportsEmpty"/> when <paramref name="reports"/> is empty;
    /// checks each report with <see cref="ReportValidator"/>.</summary>
    /// <param name="issues">Where failures go.</param>
    /// <param name="reports">The reports.</param>
    /// <param name="statements">The number of statements of the claim reported, or
    /// <see cref="RecordIssues.DenialStatements"/> / <see cref="RecordIssues.UnknownStatements"/>.</param>
    public static void Reports(this ref RecordIssues issues, ValueList<Report> reports, int statements)
    {
        if (reports.IsEmpty)
        {
            issues.Fail(ErrorCodes.ReportsEmpty, "must hold at least one report: where the statement was seen, with the evidence quote", "[]");
        }

        issues.AddedReports(reports, statements);
    }

    /// <summary>Checks each report with <see cref="ReportValidator"/>, its statement positions against
    /// <paramref name="statements"/> (see <see cref="Reports"/>); an empty list is fine.</summary>
    public static void AddedReports(this ref RecordIssues issues, ValueList<Report> reports, int statements)
    {
        var outer = issues.ReportedStatements;
        issues.ReportedStatements = statements;
        issues.Elements(reports, ReportValidator.Instance);
        issues.ReportedStatements = outer;
    }
}
