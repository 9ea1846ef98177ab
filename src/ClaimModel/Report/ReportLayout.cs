using System.Globalization;
using ClaimModel.Disputes;
using ClaimModel.Engine;

namespace ClaimModel.Reporting;

/// <summary>The decorations of a line-oriented report (text or Markdown): what goes before each part, and how
/// data text is escaped. <see cref="Write(ContradictionReport, TextWriter, ReportDetail)"/> lays out every report the same way with them.</summary>
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
/// <param name="DisputesTitle">Before the disputes' section line (written when the report has findings or figures).</param>
/// <param name="IncidentLead">Before each incident's line in the disputes' section.</param>
/// <param name="DisputeLead">Before each dispute's line.</param>
/// <param name="PositionLead">Before each position's line.</param>
/// <param name="FigureLead">Before each figure range's line.</param>
/// <param name="FindingsTitle">Before the pairwise findings, after the disputes.</param>
/// <param name="Link">Writes an escaped label linked to a URL, as the format can (text: the label alone).</param>
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
    string DisputesTitle,
    string IncidentLead,
    string DisputeLead,
    string PositionLead,
    string FigureLead,
    string FindingsTitle,
    Func<string, string, string> Link,
    Func<string, string> Escape)
{
    /// <summary>Whether the disputes' section opens with the table of the incidents (<see cref="ReportOverview"/>), each
    /// linked to an anchor at its heading (Markdown; the text report has no links).</summary>
    public bool IncidentTable { get; init; }

    /// <summary>The report laid out (<see cref="Write(ContradictionReport, TextWriter, ReportDetail)"/>) as one string.</summary>
    public string Write(ContradictionReport report, ReportDetail detail = ReportDetail.Findings)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, text, detail);
        return text.ToString();
    }

    /// <summary>The report laid out: summary, the disputes, then (at <see cref="ReportDetail.Findings"/>) one block per
    /// finding and (when the report has any) the consistent comparisons, one block each, then the history. LF line
    /// endings. Written piece by piece: nothing but the current line's parts is held in memory.</summary>
    public void Write(ContradictionReport report, TextWriter text, ReportDetail detail = ReportDetail.Findings)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        text.Write(Title);
        text.Write(Escape(ReportPhrases.Summary(report)));
        text.Write(SummaryEnd);
        if (report.Truncation is { } truncation)
        {
            text.Write(Escape(ReportPhrases.Truncation(truncation)));
            text.Write(SummaryEnd);
        }

        WriteDisputes(DisputeAnalyzer.Analyze(report), text, detail);
        if (detail == ReportDetail.Disputes)
        {
            WriteHistory(report, text);
            return;
        }

        for (var i = 0; i < report.Findings.Count; i++)
        {
            var finding = report.Findings[i];
            NumberedHeading(text, Heading, i + 1, ReportPhrases.Heading(finding));
            foreach (var participant in finding.Participants)
            {
                Line(text, ParticipantLead, ReportPhrases.Participant(participant));
                foreach (var evidence in participant.Reports)
                {
                    Evidence(text, evidence, report.SourceRecords);
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

    /// <summary>The summary an analyst reads first: per incident its disputes, the answers and the voices behind
    /// them, and the figure ranges; then the heading of the pairwise findings.</summary>
    private void WriteDisputes(DisputeReport disputes, TextWriter text, ReportDetail detail)
    {
        if (disputes.Incidents.IsEmpty)
        {
            return;
        }

        text.Write(DisputesTitle);
        text.Write(Escape(ReportPhrases.DisputeSummary(disputes)));
        text.Write(SummaryEnd);
        var anchors = IncidentTable ? WriteIncidentTable(disputes, text) : null;
        for (var i = 0; i < disputes.Incidents.Count; i++)
        {
            var incident = disputes.Incidents[i];
            text.Write(IncidentLead);
            if (anchors is not null)
            {
                text.Write(string.Concat("<a id=\"", anchors[i], "\"></a>"));
            }

            Line(text, string.Empty, ReportPhrases.Incident(incident));
            foreach (var dispute in incident.Disputes)
            {
                Line(text, DisputeLead, ReportPhrases.Dispute(dispute));
                foreach (var position in dispute.Positions)
                {
                    Line(text, PositionLead, ReportPhrases.Position(position));
                }
            }

            foreach (var range in incident.Figures)
            {
                Line(text, FigureLead, ReportPhrases.Range(range));
            }
        }

        if (detail == ReportDetail.Findings)
        {
            text.Write(FindingsTitle);
        }
    }

    /// <summary>"| Incident | When | Disputes | Figures |", a rule, then a row per incident whose title links to its
    /// heading's anchor; returns the anchors.</summary>
    private List<string> WriteIncidentTable(DisputeReport disputes, TextWriter text)
    {
        var anchors = new List<string>(disputes.Incidents.Count);
        text.Write(string.Concat("\n| ", string.Join(" | ", ReportOverview.Headings), " |\n|", string.Concat(ReportOverview.Headings.Select(_ => " --- |")), "\n"));
        foreach (var row in ReportOverview.Rows(disputes))
        {
            anchors.Add(row.Anchor);
            text.Write(string.Concat(
                "| ", Link(Escape(row.Title), "#" + row.Anchor), " | ", Escape(row.When), " | ", Escape(row.Disputes), " | ", Escape(row.Figures), " |\n"));
        }

        return anchors;
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

    /// <summary>"\"quote\" in International Business Times (ibt-…) via rt": the source by outlet, linked where it has a URL.</summary>
    private void Evidence(TextWriter text, Report evidence, IReadOnlyDictionary<string, Source> sources)
    {
        var source = sources.GetValueOrDefault(evidence.Source);
        var name = Escape(ReportPhrases.SourceName(evidence.Source, source));
        text.Write(EvidenceLead);
        text.Write(Escape(ReportPhrases.EvidenceQuote(evidence)));
        text.Write(source?.Url is { } url ? Link(name, url) : name);
        text.Write(Escape(ReportPhrases.EvidenceVia(evidence)));
        text.Write('\n');
    }

    /// <summary>A blank line, then "[3] figure-conflict, medium, incident i1" (or the format's heading).</summary>
    private void NumberedHeading(TextWriter text, string lead, int number, string heading)
    {
        text.Write('\n');
        text.Write(lead);
        text.Write(number.ToString(CultureInfo.InvariantCulture));
        text.Write(HeadingNumberEnd);
        text.Write(Escape(heading));
        text.Write(HeadingEnd);
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
            NumberedHeading(text, ConsistentHeading, i + 1, ReportPhrases.Heading(comparison));
            for (var p = 0; p < comparison.Participants.Count; p++)
            {
                Line(text, ParticipantLead, ReportPhrases.Participant(comparison.Participants[p]));
                Line(text, EvidenceLead, ReportPhrases.Interval(comparison.Intervals[p]));
            }

            Line(text, ConsistentWhyLead, comparison.Explanation);
        }
    }
}
