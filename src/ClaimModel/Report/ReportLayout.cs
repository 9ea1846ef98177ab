using System.Globalization;
using System.Text;
using ClaimModel.Engine;

namespace ClaimModel.Reporting;

/// <summary>The decorations of a line-oriented report (text or Markdown): what goes before each part, and how
/// data text is escaped. <see cref="Write"/> lays out every report the same way with them.</summary>
/// <param name="Title">The first line's lead ("Contradictions: ").</param>
/// <param name="SummaryEnd">What follows the summary (".\n" or "\n").</param>
/// <param name="Heading">Before a finding's number ("[" or "## ").</param>
/// <param name="HeadingNumberEnd">After the number ("] " or ". ").</param>
/// <param name="HeadingEnd">After the heading line.</param>
/// <param name="ParticipantLead">Before each participant line.</param>
/// <param name="EvidenceLead">Before each evidence line.</param>
/// <param name="OriginsLead">Before the origins line.</param>
/// <param name="OriginsEnd">After the origins line.</param>
/// <param name="WhyLead">Before the explanation.</param>
/// <param name="ConsistentTitle">Before the consistent comparisons' section line (written only when there are any).</param>
/// <param name="ConsistentHeading">Before a consistent comparison's number ("[C" or "## C").</param>
/// <param name="ConsistentWhyLead">Before a consistent comparison's explanation.</param>
/// <param name="HistoryTitle">Before the history section line (written only when claims were revised).</param>
/// <param name="HistoryLead">Before each revised claim's line.</param>
/// <param name="Escape">Escapes data text for the format.</param>
internal sealed record ReportLayout(
    string Title,
    string SummaryEnd,
    string Heading,
    string HeadingNumberEnd,
    string HeadingEnd,
    string ParticipantLead,
    string EvidenceLead,
    string OriginsLead,
    string OriginsEnd,
    string WhyLead,
    string ConsistentTitle,
    string ConsistentHeading,
    string ConsistentWhyLead,
    string HistoryTitle,
    string HistoryLead,
    Func<string, string> Escape)
{
    /// <summary>The report laid out: summary, then one block per finding, then (when the report has any) the
    /// consistent comparisons, one block each. LF line endings.</summary>
    public string Write(ContradictionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append(Title).Append(Escape(ReportPhrases.Summary(report))).Append(SummaryEnd);
        for (var i = 0; i < report.Findings.Count; i++)
        {
            var finding = report.Findings[i];
            text.Append('\n').Append(Heading).Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(HeadingNumberEnd)
                .Append(Escape(ReportPhrases.Heading(finding))).Append(HeadingEnd);
            foreach (var participant in finding.Participants)
            {
                text.Append(ParticipantLead).Append(Escape(ReportPhrases.Participant(participant))).Append('\n');
                foreach (var evidence in participant.Reports)
                {
                    text.Append(EvidenceLead).Append(Escape(ReportPhrases.Evidence(evidence))).Append('\n');
                }
            }

            text.Append(OriginsLead).Append(Escape(ReportPhrases.Origins(finding))).Append(OriginsEnd);
            text.Append(WhyLead).Append(Escape(finding.Explanation)).Append('\n');
        }

        WriteConsistent(report, text);
        WriteHistory(report, text);
        return text.ToString();
    }

    private void WriteHistory(ContradictionReport report, StringBuilder text)
    {
        if (report.History.IsEmpty)
        {
            return;
        }

        text.Append(HistoryTitle).Append(Escape(ReportPhrases.HistorySummary(report.History.Count))).Append(SummaryEnd).Append('\n');
        foreach (var revision in report.History)
        {
            text.Append(HistoryLead).Append(Escape(ReportPhrases.Revision(revision))).Append('\n');
        }
    }

    private void WriteConsistent(ContradictionReport report, StringBuilder text)
    {
        var comparisons = report.ConsistentComparisons;
        if (comparisons.IsEmpty)
        {
            return;
        }

        text.Append(ConsistentTitle).Append(Escape(ReportPhrases.ConsistentSummary(comparisons.Count))).Append(SummaryEnd);
        for (var i = 0; i < comparisons.Count; i++)
        {
            var comparison = comparisons[i];
            text.Append('\n').Append(ConsistentHeading).Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(HeadingNumberEnd)
                .Append(Escape(ReportPhrases.Heading(comparison))).Append(HeadingEnd);
            for (var p = 0; p < comparison.Participants.Count; p++)
            {
                text.Append(ParticipantLead).Append(Escape(ReportPhrases.Participant(comparison.Participants[p]))).Append('\n');
                text.Append(EvidenceLead).Append(Escape(ReportPhrases.Interval(comparison.Intervals[p]))).Append('\n');
            }

            text.Append(ConsistentWhyLead).Append(Escape(comparison.Explanation)).Append('\n');
        }
    }
}
