using ClaimModel.Engine;

namespace ClaimModel.Reporting;

/// <summary>Narrows a report to what a reader asked to see (<c>claimmodel analyze --min-severity</c>).</summary>
public static class ReportFilter
{
    /// <summary>The report with only the findings of severity <paramref name="minimum"/> or above (in the order
    /// <see cref="Severity"/> declares: info, low, medium, high); the disputes built from it
    /// (<see cref="Disputes.DisputeAnalyzer.Analyze"/>) are those these findings make up — a dispute whose findings are all
    /// below <paramref name="minimum"/> is left out, and a dispute's positions and status are those of the findings kept.
    /// Consistent comparisons, history, counts and figure ranges are kept as they are.</summary>
    /// <param name="report">The report.</param>
    /// <param name="minimum">The lowest severity kept.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined severity.</exception>
    public static ContradictionReport AtLeast(ContradictionReport report, Severity minimum)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!Enum.IsDefined(minimum))
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, "Not a defined severity.");
        }

        return minimum == default ? report : report with { Findings = report.Findings.Where(f => f.Severity >= minimum) };
    }
}
