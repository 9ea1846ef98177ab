namespace ClaimModel.Validation;

/// <summary>The rule of the reports shared by claims and denials: at least one report, each valid.</summary>
internal static class ReportsRule
{
    /// <summary>Fails with <see cref="ErrorCodes.ReportsEmpty"/> when <paramref name="reports"/> is empty;
    /// checks each report with <see cref="ReportValidator"/>.</summary>
    public static void Reports(this ref RecordIssues issues, ValueList<Report> reports)
    {
        if (reports.IsEmpty)
        {
            issues.Fail(ErrorCodes.ReportsEmpty, "must hold at least one report: where the statement was seen, with the evidence quote", "[]");
        }

        issues.Elements(reports, ReportValidator.Instance);
    }
}
