using ClaimModel.Disputes;

namespace ClaimModel.Reporting;

/// <summary>Everything the report shows about one incident, built once (<see cref="ReportView"/>) and rendered by
/// the HTML and Markdown writers: the dispute summary, place and time, the figure ranges with each voice's point, the
/// timeline and the who-accuses-whom graph.</summary>
/// <param name="Summary">The disputes and figure ranges.</param>
/// <param name="Anchor">The fragment id of the incident's section (<c>incident-…</c>), unique in the report.</param>
/// <param name="Place">The place in words ("Aleppo, Syria"), when the incident says.</param>
/// <param name="Time">When it happened, resolved with its zone where it can be, else the reported words.</param>
/// <param name="Figures">The figure ranges, each with every voice's point, by voice.</param>
/// <param name="Timeline">The incident's time, then the statements by reference.</param>
/// <param name="Graph">Who accuses whom in the incident's findings (empty when it has figures only).</param>
internal sealed record IncidentView(
    IncidentSummary Summary,
    string Anchor,
    string? Place,
    string? Time,
    IReadOnlyList<(FigureRange Range, List<(string Voice, double Point)> Points)> Figures,
    IReadOnlyList<TimelineEntry> Timeline,
    AccusationGraph Graph)
{
    /// <summary>The incident's heading: its title, else its id, else "no single incident".</summary>
    public string Title => ReportOverview.Title(Summary);
}
