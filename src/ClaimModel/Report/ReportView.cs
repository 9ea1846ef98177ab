using ClaimModel.Disputes;
using ClaimModel.Engine;

namespace ClaimModel.Reporting;

/// <summary>The report as the HTML and Markdown writers show it, built once: the disputes per incident
/// (<see cref="IncidentView"/>), the participants by reference (for the evidence quotes of a position's voices) and
/// the sources (for their names and links). Deterministic: built from the report's sorted findings and sorted maps.</summary>
internal sealed class ReportView
{
    private readonly Dictionary<string, FindingParticipant> _participants = new(StringComparer.Ordinal);

    private ReportView(ContradictionReport report)
    {
        Report = report;
        Disputes = DisputeAnalyzer.Analyze(report);
        for (var i = 0; i < report.Findings.Count; i++)
        {
            // An engine finding's participants are its entries' (no finding made); one made elsewhere is read.
            var compact = report.Findings.CompactAt(i);
            ReadOnlySpan<FindingParticipant> participants = compact.HasEntries ? [compact.X.Participant!, compact.Y.Participant!] : report.Findings[i].Participants.AsSpan();
            foreach (var participant in participants)
            {
                _participants.TryAdd(participant.Reference, participant);
            }
        }

        var graphs = AccusationGraph.ByIncident(report).ToDictionary(g => g.Incident ?? string.Empty, StringComparer.Ordinal);
        var points = FigureRanges.WithPoints(report).ToLookup(r => r.Range.Incident ?? string.Empty, StringComparer.Ordinal);
        var timelines = Timelines(report);
        var anchors = ReportOverview.Anchors(Disputes);
        Incidents = Disputes.Incidents.Select((summary, index) =>
        {
            var key = summary.Incident ?? string.Empty;
            var record = summary.Incident is { } id ? report.IncidentRecords.GetValueOrDefault(id) : null;
            var time = record?.Time is { } spec ? Resolver.Resolve(spec, null, null) : null;
            return new IncidentView(
                summary,
                anchors[index],
                record?.Place is { } place ? (place.Country is null ? place.Name : place.Name + ", " + place.Country) : null,
                time?.ToString() ?? summary.When,
                points[key].ToList(),
                timelines.GetValueOrDefault(key) ?? [],
                graphs.GetValueOrDefault(key) ?? new AccusationGraph { Incident = summary.Incident, Nodes = [], Edges = [] });
        }).ToList();
    }

    private TimeResolver Resolver { get; } = new(TimePolicy.Default);

    /// <summary>The report.</summary>
    public ContradictionReport Report { get; }

    /// <summary>Its disputes.</summary>
    public DisputeReport Disputes { get; }

    /// <summary>One view per incident of <see cref="DisputeReport.Incidents"/>, in that order.</summary>
    public IReadOnlyList<IncidentView> Incidents { get; }

    /// <summary>The view of <paramref name="report"/>.</summary>
    public static ReportView Of(ContradictionReport report) => new(report);

    /// <summary>The participant a dispute voice's statement reference names (every reference of a dispute is a
    /// participant of one of its findings).</summary>
    public FindingParticipant? Participant(string reference) => _participants.GetValueOrDefault(reference);

    /// <summary>The source with <paramref name="id"/>, if the report knows it.</summary>
    public Source? Source(string id) => Report.SourceRecords.GetValueOrDefault(id);

    /// <summary>The URL of a source when it is an absolute http or https URL (anything else is never linked).</summary>
    public static string? SafeUrl(Source? source) =>
        source?.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? url : null;

    /// <summary>Per incident: its time, then each claim and denial of its findings once, by reference.</summary>
    private Dictionary<string, List<TimelineEntry>> Timelines(ContradictionReport report)
    {
        var byIncident = new Dictionary<string, SortedDictionary<string, TimelineEntry>>(StringComparer.Ordinal);
        foreach (var finding in report.Findings.Compacts())
        {
            foreach (var entry in new[] { finding.Explanation.First, finding.Explanation.Second })
            {
                if (entry is null)
                {
                    continue;
                }

                var key = finding.Incident ?? string.Empty;
                if (!byIncident.TryGetValue(key, out var entries))
                {
                    byIncident.Add(key, entries = new SortedDictionary<string, TimelineEntry>(StringComparer.Ordinal));
                }

                if (!entries.ContainsKey(entry.Reference))
                {
                    entries.Add(entry.Reference, Stated(entry, report.SourceRecords));
                }
            }
        }

        var timelines = new Dictionary<string, List<TimelineEntry>>(StringComparer.Ordinal);
        foreach (var (key, entries) in byIncident)
        {
            var list = new List<TimelineEntry>(entries.Count + 1);
            if (key.Length > 0 && report.IncidentRecords.GetValueOrDefault(key)?.Time is { } spec)
            {
                var time = Resolver.Resolve(spec, null, null);
                list.Add(new TimelineEntry("incident", null, "happened", time, time?.ToString() ?? spec.Text ?? "unknown"));
            }

            list.AddRange(entries.Values);
            timelines.Add(key, list);
        }

        return timelines;
    }

    private TimelineEntry Stated(Entry entry, IReadOnlyDictionary<string, Source> sources)
    {
        var stated = entry switch
        {
            ClaimEntry claim => claim.Claim.StatedAt,
            DenialEntry denial => denial.Denial.StatedAt,
            _ => throw new System.Diagnostics.UnreachableException("Unknown entry " + entry.GetType().Name + "."),
        };
        var published = entry.Reports.Select(r => sources.GetValueOrDefault(r.Source)?.Published).FirstOrDefault(p => p is not null);
        var (spec, basis) = stated is not null ? (stated, "stated") : (published, "published");
        var time = spec is null ? null : Resolver.Resolve(spec, stated is null ? null : published, null);
        return new TimelineEntry(entry.Reference, entry.Claimant.Voice, basis, time, time?.ToString() ?? spec?.Text ?? "unknown");
    }
}
