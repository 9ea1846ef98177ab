using ClaimModel.Engine;

namespace ClaimModel.Reporting;

/// <summary>Renders a <see cref="ContradictionReport"/> as plain text for people: a summary line, then one block
/// per finding (heading, each participant with claimant, side, modality and what it says, its evidence quotes
/// and sources, the origins and the explanation), then, when the report has any, the consistent comparisons
/// (heading, each participant with its resolved interval, and the explanation). LF line endings, invariant culture.</summary>
public static class ReportTextWriter
{
    private static readonly ReportLayout Layout = new(
        Title: "Contradictions: ",
        SummaryEnd: "\n",
        Heading: "[",
        HeadingNumberEnd: "] ",
        HeadingEnd: "\n",
        ParticipantLead: "  ",
        EvidenceLead: "    ",
        OriginsLead: "  ",
        OriginsEnd: "\n",
        WhyLead: "  why: ",
        ConsistentTitle: "\nConsistent comparisons: ",
        ConsistentHeading: "[C",
        ConsistentWhyLead: "  why: ",
        HistoryTitle: "\nHistory: ",
        HistoryLead: "  ",
        DisputesTitle: "\nDisputes: ",
        IncidentLead: "\n",
        DisputeLead: "  ",
        PositionLead: "    ",
        FigureLead: "  figures: ",
        FindingsTitle: "\nPairwise findings (the evidence):\n",
        Link: static (label, _) => label,
        Escape: static text => text);

    /// <summary>The report as text.</summary>
    /// <param name="report">The report.</param>
    public static string Write(ContradictionReport report) => Layout.Write(report);

    /// <summary>The report at <paramref name="detail"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="detail">How much to show.</param>
    public static string Write(ContradictionReport report, ReportDetail detail) => Layout.Write(report, detail);

    /// <summary>Writes the report as text to <paramref name="writer"/>, piece by piece (the whole report is never
    /// held in memory); the same text as <see cref="Write(ContradictionReport)"/>. The writer is not flushed or closed.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The writer to write to.</param>
    public static void Write(ContradictionReport report, TextWriter writer) => Layout.Write(report, writer);

    /// <summary>Writes the report at <paramref name="detail"/> to <paramref name="writer"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="detail">How much to show.</param>
    public static void Write(ContradictionReport report, TextWriter writer, ReportDetail detail) => Layout.Write(report, writer, detail);
}
