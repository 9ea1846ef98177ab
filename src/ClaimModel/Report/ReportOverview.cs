using ClaimModel.Disputes;

namespace ClaimModel.Reporting;

/// <summary>The table at the top of the HTML and Markdown reports: one row per incident of the disputes, linked to its
/// section, with when it happened, its disputes with their statuses and its measures.</summary>
internal static class ReportOverview
{
    /// <summary>The column headings.</summary>
    public static readonly string[] Headings = ["Incident", "When", "Disputes", "Figures"];

    /// <summary>The rows, in the order of <see cref="DisputeReport.Incidents"/>; the anchors are
    /// <see cref="Anchors"/>' (the sections carry the same).</summary>
    public static IEnumerable<Row> Rows(DisputeReport disputes)
    {
        var anchors = Anchors(disputes);
        for (var i = 0; i < disputes.Incidents.Count; i++)
        {
            var incident = disputes.Incidents[i];
            yield return new Row(
                anchors[i],
                Title(incident),
                incident.When ?? string.Empty,
                string.Join(", ", incident.Disputes.Select(ReportPhrases.QuestionAndStatus)),
                string.Join(", ", incident.Figures.Select(f => f.Measure)));
        }
    }

    /// <summary>The incident's heading: its title, else its id, else "no single incident".</summary>
    public static string Title(IncidentSummary incident) => incident.Title ?? incident.Incident ?? "no single incident";

    /// <summary>The fragment id of each incident's section, in order: "incident-aleppo-bombing-2016-02-10" (letters,
    /// digits, '-', '_' and '.' kept, anything else as '-'; a number added where two would be equal), "incident-general"
    /// for the disputes about no single incident.</summary>
    public static List<string> Anchors(DisputeReport disputes)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var anchors = new List<string>(disputes.Incidents.Count);
        foreach (var incident in disputes.Incidents)
        {
            var builder = new System.Text.StringBuilder("incident-");
            if (incident.Incident is null)
            {
                builder.Append("general");
            }
            else
            {
                foreach (var c in incident.Incident)
                {
                    builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
                }
            }

            var anchor = builder.ToString();
            for (var n = 2; !taken.Add(anchor); n++)
            {
                anchor = builder.ToString() + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            anchors.Add(anchor);
        }

        return anchors;
    }

    /// <summary>One row.</summary>
    /// <param name="Anchor">The section's fragment id.</param>
    /// <param name="Title">The incident's heading.</param>
    /// <param name="When">When it happened, in the reported words.</param>
    /// <param name="Disputes">"perpetrator: contested, presence (russia): contested".</param>
    /// <param name="Figures">The measures.</param>
    public sealed record Row(string Anchor, string Title, string When, string Disputes, string Figures);
}
