using System.Globalization;
using ClaimModel.Engine;

namespace ClaimModel.Reporting;

/// <summary>The decorations of a line-oriented report (text or Markdown): what goes before each part, and how
/// data text is escaped. <see cref="Write(ContradictionReport, TextWriter)"/> lays out every report the same way with them.</summary>
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
    /// <summary>The report laid out (<see cref="Write(ContradictionReport, TextWriter)"/>) as one string.</summary>
    public string Write(ContradictionReport report)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, text);
        return text.ToString();
    }

    /// <summary>The report laid out: summary, then one block per finding, then (when the report has any) the
    /// consistent comparisons, one block each. LF line endings. Written piece by piece: nothing but the current
    /// line's parts is held in memory.</summary>
    public void Write(ContradictionReport report, TextWriter text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        text.Write(Title);
        text.Write(Escape(ReportPhrases.Summary(report)));
        text.Write(SummaryEnd);
        for (var i = 0; i < report.Findings.Count; i++)
        {
            var finding = report.Findings[i];
            text.Write('\n');
            text.Write(Heading);
            text.Write((i + 1).ToString(CultureInfo.InvariantCulture));
            text.Write(HeadingNumberEnd);
            text.Write(Escape(ReportPhrases.Heading(finding)));
            text.Write(HeadingEnd);
            foreach (var participant in finding.Participants)
            {
                Line(text, ParticipantLead, ReportPhrases.Participant(participant));
                foreach (var evidence in participant.Reports)
                {
                    Line(text, EvidenceLead, ReportPhrases.Evidence(evidence));
                }
            }

            text.Write(OriginsLead);
            text.Write(Escape(ReportPhrases.Origins(finding)));
            text.Write(OriginsEnd);
            Line(text, WhyLead, finding.Explanation);
        }

        WriteConsistent(report, text);
        WriteHistory(report, text);
    }

    private void WriteHistory(ContradictionReport report, TextWriter text)
    {
        if (report.History.IsEmpty)
        {
            return;
        }

        text.Write(HistoryTitle);
        text.Write(Escape(ReportPhrases.HistorySummary(report.History.Count)));
        text.Write(SummaryEnd);
        text.Write('\n');
        foreach (var revision in report.History)
        {
            Line(text, HistoryLead, ReportPhrases.Revision(revision));
        }
    }

    private void Line(TextWriter text, string lead, string data)
    {
        text.Write(lead);
        text.Write(Escape(data));
        text.Write('\n');
    }

    private void WriteConsistent(ContradictionReport report, TextWriter text)
    {
        var comparisons = report.ConsistentComparisons;
        if (comparisons.IsEmpty)
        {
            return;
        }

        text.Write(ConsistentTitle);
        text.Write(Escape(ReportPhrases.ConsistentSummary(comparisons.Count)));
        text.Write(SummaryEnd);
        for (var i = 0; i < comparisons.Count; i++)
        {
            var comparison = comparisons[i];
            text.Write('\n');
            text.Write(ConsistentHeading);
            text.Write((i + 1).ToString(CultureInfo.InvariantCulture));
            text.Write(HeadingNumberEnd);
            text.Write(Escape(ReportPhrases.Heading(comparison)));
            text.Write(HeadingEnd);
            for (var p = 0; p < comparison.Participants.Count; p++)
            {
                Line(text, ParticipantLead, ReportPhrases.Participant(comparison.Participants[p]));
                Line(text, EvidenceLead, ReportPhrases.Interval(comparison.Intervals[p]));
            }

            Line(text, ConsistentWhyLead, comparison.Explanation);
        }
    }
}
