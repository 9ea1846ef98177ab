using System.Globalization;
using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Serialization;

namespace ClaimModel.Reporting;

/// <summary>Renders a <see cref="ContradictionReport"/> as one self-contained HTML file (inline CSS and SVG, no
/// network): the summary and a table of the incidents at the top, then one collapsible section per incident with its
/// place and time, a card per dispute (the positions side by side, each with its voices, sides and evidence quotes
/// linked to their sources), the figure ranges as a chart, a timeline, and the who-accuses-whom graph
/// (<see cref="AccusationGraph"/>). A small script adds a text and status filter; without it the report reads the same.</summary>
/// <remarks>Built from the same layout as the text and Markdown reports (the phrases of every line, the disputes, the
/// incident views), so no part is worded twice. Every data text is escaped, in content and attributes alike; only
/// http and https URLs are linked. The markup is also well-formed XML. LF line endings, invariant culture, the
/// report's order: the same report gives the same bytes. Incidents are open when the report has at most
/// <see cref="OpenIncidents"/> of them, else collapsed.</remarks>
public static class ReportHtmlWriter
{
    /// <summary>Up to this many incidents, their sections start open.</summary>
    public const int OpenIncidents = 20;

    /// <summary>The report as HTML.</summary>
    /// <param name="report">The report.</param>
    public static string Write(ContradictionReport report) => Write(report, ReportDetail.Findings);

    /// <summary>The report as HTML at <paramref name="detail"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="detail">How much to show: <see cref="ReportDetail.Findings"/> adds each incident's pairwise findings (collapsed).</param>
    public static string Write(ContradictionReport report, ReportDetail detail)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, text, detail);
        return text.ToString();
    }

    /// <summary>Writes the report as HTML to <paramref name="writer"/>, incident by incident. The writer is not flushed or closed.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(ContradictionReport report, TextWriter writer) => Write(report, writer, ReportDetail.Findings);

    /// <summary>Writes the report at <paramref name="detail"/> as HTML to <paramref name="writer"/>, incident by incident.
    /// The writer is not flushed or closed.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="detail">How much to show.</param>
    public static void Write(ContradictionReport report, TextWriter writer, ReportDetail detail)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var view = ReportView.Of(report);
        var summary = ReportPhrases.Summary(report);
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<meta name=\"generator\" content=\"ClaimModel\"/>\n");
        writer.Write(string.Concat("<title>Contradictions: ", HtmlText.Escape(summary), "</title>\n<style>\n", ReportHtmlStyle.Css, "\n</style>\n</head>\n<body>\n"));
        writer.Write(ReportHtmlStyle.Definitions);
        writer.Write(string.Concat("<header>\n<h1>Contradictions</h1>\n<p class=\"summary\" id=\"summary\">", HtmlText.Escape(summary), "</p>\n"));
        if (!view.Incidents.Count.Equals(0))
        {
            writer.Write(string.Concat("<p class=\"summary\" id=\"dispute-summary\">", HtmlText.Escape(ReportPhrases.DisputeSummary(view.Disputes)), "</p>\n"));
            Overview(writer, view);
            Filter(writer);
        }

        writer.Write("</header>\n<main>\n");
        var findings = detail == ReportDetail.Findings ? report.Findings.ToLookup(f => f.Incident ?? string.Empty, StringComparer.Ordinal) : null;
        foreach (var incident in view.Incidents)
        {
            Incident(writer, view, incident, view.Incidents.Count <= OpenIncidents, findings?[incident.Summary.Incident ?? string.Empty]);
        }

        writer.Write("</main>\n");
        History(writer, report);
        writer.Write(string.Concat("<script>\n", ReportHtmlStyle.Script, "\n</script>\n</body>\n</html>\n"));
    }

    /// <summary>The table at the top (<see cref="ReportOverview"/>).</summary>
    private static void Overview(TextWriter writer, ReportView view)
    {
        writer.Write("<table class=\"overview\">\n<thead><tr>");
        foreach (var heading in ReportOverview.Headings)
        {
            writer.Write(string.Concat("<th>", heading, "</th>"));
        }

        writer.Write("</tr></thead>\n<tbody>\n");
        foreach (var row in ReportOverview.Rows(view.Disputes))
        {
            writer.Write(string.Concat(
                "<tr><td><a href=\"#", HtmlText.Escape(row.Anchor), "\">", HtmlText.Escape(row.Title), "</a></td><td>", HtmlText.Escape(row.When), "</td><td>",
                HtmlText.Escape(row.Disputes), "</td><td>", HtmlText.Escape(row.Figures), "</td></tr>\n"));
        }

        writer.Write("</tbody>\n</table>\n");
    }

    private static void Filter(TextWriter writer)
    {
        writer.Write("<form id=\"filter\" class=\"filter\" hidden=\"hidden\">\n<label>Filter <input id=\"filter-text\" type=\"search\" placeholder=\"incident, voice, side, answer\"/></label>\n");
        writer.Write("<label>Status <select id=\"filter-status\"><option value=\"\">any</option>");
        foreach (var status in Enum.GetValues<DisputeStatus>())
        {
            var name = EnumText<DisputeStatus>.Name(status);
            writer.Write(string.Concat("<option value=\"", name, "\">", name, "</option>"));
        }

        writer.Write("</select></label>\n<output id=\"filter-count\"></output>\n</form>\n");
    }

    private static void Incident(TextWriter writer, ReportView view, IncidentView incident, bool open, IEnumerable<Finding>? findings)
    {
        var disputes = incident.Summary.Disputes;
        var statuses = string.Join(" ", disputes.Select(d => EnumText<DisputeStatus>.Name(d.Status)).Distinct());
        var search = string.Join(
            " ",
            new[] { incident.Summary.Incident, incident.Summary.Title, incident.Place }
                .Concat(disputes.SelectMany(d => d.Positions.SelectMany(p => p.Voices.Select(v => v.Voice).Concat(p.Sides).Append(p.Answer))))
                .Concat(incident.Summary.Figures.Select(f => f.Measure))
                .Where(s => s is not null)
                .Distinct(StringComparer.Ordinal))
            .ToLowerInvariant();
        writer.Write(string.Concat(
            "<section class=\"incident\" id=\"", HtmlText.Escape(incident.Anchor), "\" data-status=\"", statuses, "\" data-search=\"", HtmlText.Escape(search), "\">\n<details",
            open ? " open=\"open\"" : string.Empty, ">\n<summary><h2>", HtmlText.Escape(incident.Title), "</h2><span class=\"meta\">"));
        var meta = new[] { incident.Place, incident.Time, incident.Summary.Incident }.Where(s => s is not null);
        writer.Write(HtmlText.Escape(string.Join(" · ", meta)));
        writer.Write("</span></summary>\n");
        if (!disputes.IsEmpty)
        {
            writer.Write("<div class=\"cards\">\n");
            foreach (var dispute in disputes)
            {
                DisputeCard(writer, view, dispute);
            }

            writer.Write("</div>\n");
        }

        if (incident.Figures.Count > 0)
        {
            writer.Write("<h3>Figures</h3>\n");
            FigureChartSvg.Write(writer, incident.Figures);
        }

        if (incident.Timeline.Count > 0)
        {
            writer.Write("<h3>Timeline</h3>\n");
            TimelineSvg.Write(writer, incident.Timeline);
            writer.Write("<ul class=\"times\">\n");
            foreach (var entry in incident.Timeline)
            {
                writer.Write(string.Concat(
                    "<li>", HtmlText.Escape(entry.Label), entry.Voice is null ? string.Empty : " (" + HtmlText.Escape(entry.Voice) + ")", " ", entry.Basis, ": ",
                    HtmlText.Escape(entry.Text), "</li>\n"));
            }

            writer.Write("</ul>\n");
        }

        if (!incident.Graph.Nodes.IsEmpty)
        {
            writer.Write("<h3>Who accuses whom</h3>\n<p class=\"legend\"><span class=\"accuses\">→ accuses</span><span class=\"denies\">→ denies</span><span class=\"relayed-by\">⇢ relayed by</span></p>\n");
            AccusationGraphSvg.Write(writer, incident.Graph);
        }

        if (findings is not null)
        {
            Findings(writer, findings.ToList());
        }

        writer.Write("</details>\n</section>\n");
    }

    private static void DisputeCard(TextWriter writer, ReportView view, Dispute dispute)
    {
        var status = EnumText<DisputeStatus>.Name(dispute.Status);
        var question = ReportPhrases.Question(dispute);
        writer.Write(string.Concat(
            "<article class=\"dispute ", status, "\" id=\"", HtmlText.Escape(dispute.Id), "\" data-status=\"", status, "\">\n<header><h3>", HtmlText.Escape(question),
            "</h3><span class=\"status\">", status, "</span><code>", HtmlText.Escape(dispute.Id), "</code></header>\n<div class=\"positions\">\n"));
        foreach (var position in dispute.Positions)
        {
            writer.Write(string.Concat(
                "<div class=\"position", position.Denies ? " denial" : string.Empty, "\">\n<h4>", HtmlText.Escape(position.Answer), "</h4>\n<p class=\"sides\">",
                HtmlText.Escape(ReportPhrases.Position(position)[(position.Answer.Length + 2)..]), "</p>\n<ul class=\"voices\">\n"));
            foreach (var voice in position.Voices)
            {
                Voice(writer, view, voice);
            }

            writer.Write("</ul>\n</div>\n");
        }

        writer.Write("</div>\n</article>\n");
    }

    private static void Voice(TextWriter writer, ReportView view, DisputeVoice voice)
    {
        writer.Write(string.Concat(
            "<li><span class=\"voice\">", HtmlText.Escape(voice.Voice), "</span>", voice.Probable ? " <span class=\"probable\">(probable identity)</span>" : string.Empty,
            " <span class=\"sides\">", HtmlText.Escape(string.Join(", ", voice.Sides)), " · ", HtmlText.Escape(string.Join(", ", voice.Statements)), "</span>\n<ul class=\"evidence\">\n"));
        foreach (var reference in voice.Statements)
        {
            if (view.Participant(reference) is not { } participant)
            {
                continue;
            }

            foreach (var evidence in participant.Reports)
            {
                var source = view.Source(evidence.Source);
                var name = HtmlText.Escape(ReportPhrases.SourceName(evidence.Source, source));
                writer.Write(string.Concat("<li><blockquote>“", HtmlText.Escape(evidence.Quote.Exact), "”</blockquote> — "));
                writer.Write(ReportView.SafeUrl(source) is { } url ? string.Concat("<a href=\"", HtmlText.Escape(url), "\">", name, "</a>") : name);
                writer.Write(string.Concat(HtmlText.Escape(ReportPhrases.EvidenceVia(evidence)), "</li>\n"));
            }
        }

        writer.Write("</ul>\n</li>\n");
    }

    private static void Findings(TextWriter writer, List<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        writer.Write(string.Concat("<details class=\"findings\">\n<summary>", findings.Count.ToString(CultureInfo.InvariantCulture), findings.Count == 1 ? " pairwise finding" : " pairwise findings", " (the evidence)</summary>\n<ol>\n"));
        foreach (var finding in findings)
        {
            writer.Write(string.Concat("<li id=\"", HtmlText.Escape(finding.Id), "\"><strong>", HtmlText.Escape(ReportPhrases.Heading(finding)), "</strong><ul>\n"));
            foreach (var participant in finding.Participants)
            {
                writer.Write(string.Concat("<li>", HtmlText.Escape(ReportPhrases.Participant(participant)), "</li>\n"));
            }

            writer.Write(string.Concat("</ul><p>", HtmlText.Escape(finding.Explanation), "</p></li>\n"));
        }

        writer.Write("</ol>\n</details>\n");
    }

    private static void History(TextWriter writer, ContradictionReport report)
    {
        if (report.History.IsEmpty)
        {
            return;
        }

        writer.Write(string.Concat("<section class=\"history\">\n<h2>History</h2>\n<p>", HtmlText.Escape(ReportPhrases.HistorySummary(report.History.Count)), "</p>\n<ul>\n"));
        foreach (var revision in report.History)
        {
            writer.Write(string.Concat("<li>", HtmlText.Escape(ReportPhrases.Revision(revision)), "</li>\n"));
        }

        writer.Write("</ul>\n</section>\n");
    }
}
