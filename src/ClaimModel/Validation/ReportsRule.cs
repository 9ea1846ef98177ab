using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>The rule shared by claims and denials: at least one report.</summary>
internal static class ReportsRule
{
    /// <summary>Fails with <see cref="ErrorCodes.ReportsEmpty"/> when <paramref name="reports"/> is empty.</summary>
    public static void Check<T>(ValidationContext<T> context, ValueList<Report> reports)
    {
        if (reports.IsEmpty)
        {
            context.Fail(ErrorCodes.ReportsEmpty, "must hold at least one report: where the statement was seen, with the evidence quote", "[]");
        }
    }
}
