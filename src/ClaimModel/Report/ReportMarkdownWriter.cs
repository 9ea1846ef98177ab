using System.Text;
using ClaimModel.Engine;

namespace ClaimModel.Reporting;

/// <summary>Renders a <see cref="ContradictionReport"/> as Markdown: a title and summary, the disputes (a table of the
/// incidents linked to their sections, then per incident its disputes, positions and figure ranges), then one section per
/// finding with its participants as a list, evidence quotes as nested items, origins and the explanation; then,
/// when the report has any, a "Consistent comparisons" part with one section per comparison (participants with
/// their resolved intervals, and the explanation).
/// LF line endings, invariant culture; Markdown-significant characters in data are backslash-escaped.</summary>
public static class ReportMarkdownWriter
{
    private static readonly ReportLayout Layout = new(
        Title: "# Contradictions\n\n",
        SummaryEnd: ".\n",
        Heading: "## ",
        HeadingNumberEnd: ". ",
        HeadingEnd: "\n\n",
        ParticipantLead: "- ",
        EvidenceLead: "  - ",
        OriginsLead: "\n",
        OriginsEnd: "\n\n",
        WhyLead: "**Why:** ",
        ConsistentTitle: "\n# Consistent comparisons\n\n",
        ConsistentHeading: "## C",
        ConsistentWhyLead: "\n**Why:** ",
        HistoryTitle: "\n# History\n\n",
        HistoryLead: "- ",
        DisputesTitle: "\n# Disputes\n\n",
        IncidentLead: "\n### ",
        DisputeLead: "- ",
        PositionLead: "  - ",
        FigureLead: "- figures: ",
        FindingsTitle: "\n# Pairwise findings\n",
        Link: static (label, url) => string.Concat("[", label, "](", url.Replace(" ", "%20", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal), ")"),
        Escape: Escape)
    {
        IncidentTable = true,
    };

    /// <summary>The report as Markdown.</summary>
    /// <param name="report">The report.</param>
    public static string Write(ContradictionReport report) => Layout.Write(report);

    /// <summary>The report at <paramref name="detail"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="detail">How much to show.</param>
    public static string Write(ContradictionReport report, ReportDetail detail) => Layout.Write(report, detail);

    /// <summary>Writes the report as Markdown to <paramref name="writer"/>, piece by piece (the whole report is never
    /// held in memory); the same text as <see cref="Write(ContradictionReport)"/>. The writer is not flushed or closed.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The writer to write to.</param>
    public static void Write(ContradictionReport report, TextWriter writer) => Layout.Write(report, writer);

    /// <summary>Writes the report at <paramref name="detail"/> to <paramref name="writer"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="detail">How much to show.</param>
    public static void Write(ContradictionReport report, TextWriter writer, ReportDetail detail) => Layout.Write(report, writer, detail);

    private static string Escape(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                builder ??= new StringBuilder(text, 0, i, text.Length + 8);
                builder.Append('\\');
            }

            builder?.Append(c);
        }

        return builder?.ToString() ?? text;
    }
}
