using System.Globalization;
using System.Text;
using ClaimModel.Engine;

namespace ClaimModel.Reporting;

/// <summary>Renders a <see cref="ContradictionReport"/> as plain text for people: a summary line, then one block
/// per finding (heading, each participant with claimant, side, modality and what it says, its evidence quotes
/// and sources, the origins and the explanation). LF line endings, invariant culture.</summary>
public static class ReportTextWriter
{
    /// <summary>The report as text.</summary>
    /// <param name="report">The report.</param>
    public static string Write(ContradictionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append("Contradictions: ").Append(ReportPhrases.Summary(report)).Append('\n');
        for (var i = 0; i < report.Findings.Count; i++)
        {
            var finding = report.Findings[i];
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"[{i + 1}] ").Append(ReportPhrases.Heading(finding)).Append('\n');
            foreach (var participant in finding.Participants)
            {
                text.Append("  ").Append(ReportPhrases.Participant(participant)).Append('\n');
                foreach (var evidence in participant.Reports)
                {
                    text.Append("    ").Append(ReportPhrases.Evidence(evidence)).Append('\n');
                }
            }

            text.Append("  ").Append(ReportPhrases.Origins(finding)).Append('\n');
            text.Append("  why: ").Append(finding.Explanation).Append('\n');
        }

        return text.ToString();
    }
}
