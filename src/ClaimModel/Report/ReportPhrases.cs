using System.Globalization;
using System.Text;
using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Serialization;

namespace ClaimModel.Reporting;

/// <summary>The phrases the text and Markdown reports share (invariant culture, kebab-case enum names).</summary>
internal static class ReportPhrases
{
    /// <summary>"3 findings (2 high, 1 low) from 4 claims and 1 denial".</summary>
    public static string Summary(ContradictionReport report)
    {
        var builder = new StringBuilder();
        builder.Append(Count(report.Findings.Count, "finding"));

        // The findings by severity, counted in one pass over their compact form (none made).
        Span<int> counts = stackalloc int[(int)Severity.High + 1];
        var findings = report.Findings;
        for (var i = 0; i < findings.Count; i++)
        {
            var severity = (int)findings.CompactAt(i).Severity;
            if ((uint)severity < (uint)counts.Length)
            {
                counts[severity]++;
            }
        }

        var first = true;
        for (var severity = Severity.High; severity >= Severity.Info; severity--)
        {
            var count = counts[(int)severity];
            if (count == 0)
            {
                continue;
            }

            builder.Append(first ? " (" : ", ").Append(CultureInfo.InvariantCulture, $"{count} {EnumText<Severity>.Name(severity)}");
            first = false;
        }

        if (!first)
        {
            builder.Append(')');
        }

        return builder.Append(" from ").Append(Count(report.ClaimCount, "claim")).Append(" and ").Append(Count(report.DenialCount, "denial")).ToString();
    }

    /// <summary>"Truncated: the analysis reached its budget; 3,000,000 findings dropped, 0 consistent comparisons
    /// dropped, 0 comparisons skipped" (thousands separated by commas, invariant culture).</summary>
    public static string Truncation(AnalysisTruncation truncation) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Truncated: the analysis reached its budget; {truncation.FindingsDropped:N0} {(truncation.FindingsDropped == 1 ? "finding" : "findings")} dropped, {truncation.ConsistentComparisonsDropped:N0} consistent {(truncation.ConsistentComparisonsDropped == 1 ? "comparison" : "comparisons")} dropped, {truncation.ComparisonsSkipped:N0} {(truncation.ComparisonsSkipped == 1 ? "comparison" : "comparisons")} skipped");

    /// <summary>"denial, high, incident i1" (no incident: "no single incident").</summary>
    public static string Heading(Finding finding) =>
        string.Concat(
            EnumText<FindingKind>.Name(finding.Kind),
            ", ",
            EnumText<Severity>.Name(finding.Severity),
            ", ",
            finding.Incident is null ? "no single incident" : "incident " + finding.Incident);

    /// <summary>"figure, incident i1, measure sorties" / "time, incident i1" (no incident: "no single incident").</summary>
    public static string Heading(ConsistentComparison comparison) =>
        string.Concat(
            EnumText<ComparisonKind>.Name(comparison.Kind),
            ", ",
            comparison.Incident is null ? "no single incident" : "incident " + comparison.Incident,
            comparison.Measure is null ? string.Empty : ", measure " + comparison.Measure);

    /// <summary>"3 figure or time comparisons whose intervals overlap (no finding)".</summary>
    public static string ConsistentSummary(int count) =>
        string.Concat(Count(count, "figure or time comparison"), " whose intervals overlap (no finding)");

    /// <summary>"interval [1805, 1900) facilities for \"nearly 1,900\"" for a figure; "interval 2016-04-27
    /// 00:00–24:00 America/New_York (yesterday, said 2016-04-28)" for a time.</summary>
    public static string Interval(ComparedInterval interval) =>
        interval.Unit is null
            ? "interval " + interval.Interval
            : string.Concat("interval ", interval.Interval, " ", interval.Unit, " for \"", interval.Reported, "\"");

    /// <summary>"9 disputes (5 contested, 3 denied-by-accused, 1 corroborated) holding 42 findings".</summary>
    public static string DisputeSummary(DisputeReport disputes)
    {
        var builder = new StringBuilder(Count(disputes.Disputes.Count, "dispute"));
        var first = true;
        foreach (var status in Enum.GetValues<DisputeStatus>())
        {
            var count = disputes.CountOf(status);
            if (count > 0)
            {
                builder.Append(first ? " (" : ", ").Append(count.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(EnumText<DisputeStatus>.Name(status));
                first = false;
            }
        }

        return builder.Append(first ? string.Empty : ")").Append(" holding ").Append(Count(disputes.FindingCount, "finding")).ToString();
    }

    /// <summary>"aleppo-bombing-2016-02-10: Aleppo bombing (10 Feb 2016)", or "no single incident".</summary>
    public static string Incident(IncidentSummary incident) =>
        incident.Incident is null ? "no single incident"
        : string.Concat(incident.Incident, incident.Title is null ? string.Empty : ": " + incident.Title, incident.When is null ? string.Empty : " (" + incident.When + ")");

    /// <summary>"perpetrator: contested [dsp-…]", "count of killed: inconsistent [dsp-…]".</summary>
    public static string Dispute(Dispute dispute) => string.Concat(QuestionAndStatus(dispute), " [", dispute.Id, "]");

    /// <summary>"perpetrator: contested", "count (sorties): inconsistent": <see cref="Dispute(Disputes.Dispute)"/> without the id.</summary>
    public static string QuestionAndStatus(Dispute dispute) => string.Concat(Question(dispute), ": ", EnumText<DisputeStatus>.Name(dispute.Status));

    /// <summary>"perpetrator", "count (sorties)": the question and its subject.</summary>
    public static string Question(Dispute dispute) =>
        string.Concat(EnumText<DisputeQuestion>.Name(dispute.Question), dispute.Subject is null ? string.Empty : " (" + dispute.Subject + ")");

    /// <summary>"carried out by Russia (side russia): 2 voices (abu-mahmoud, hnc?), sides hnc, local".</summary>
    public static string Position(DisputePosition position) =>
        string.Concat(
            position.Answer,
            ": ",
            Count(position.IndependentVoices, "voice"),
            " (",
            string.Join(", ", position.Voices.Select(v => v.Probable ? v.Voice + " (probable identity)" : v.Voice)),
            "), ",
            position.Sides.Count == 1 ? "side " : "sides ",
            string.Join(", ", position.Sides));

    /// <summary>"killed: 24–100 people, best 62 (kerry, sohr)".</summary>
    public static string Range(FigureRange range) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{range.Measure}{(range.Cumulative ? " (running total)" : string.Empty)}: {Number(range.Low)}–{Number(range.High)} {range.Unit}, best {Number(range.Best)} ({string.Join(", ", range.Voices)})");

    private static string Number(double? value) => value is { } v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : "?";

    /// <summary>"2 claims superseded or retracted by later claims of the same voice; they are not compared".</summary>
    public static string HistorySummary(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "claim" : "claims")} superseded or retracted by later claims of the same voice; not compared");

    /// <summary>"c-toll-27 superseded by c-toll-55".</summary>
    public static string Revision(ClaimRevision revision) =>
        string.Concat(revision.Claim, " ", EnumText<RevisionKind>.Name(revision.Kind), " by ", revision.By);

    /// <summary>"claim c1 by Igor Konashenkov (konashenkov, side russia), asserted: United States carried it out".</summary>
    public static string Participant(FindingParticipant participant) =>
        string.Concat(
            EnumText<ParticipantRole>.Name(participant.Role),
            " ",
            participant.Reference,
            " by ",
            participant.ClaimantName,
            " (",
            participant.Claimant,
            ", side ",
            string.Join("+", participant.Sides),
            "), ",
            EnumText<Modality>.Name(participant.Modality),
            ": ",
            participant.Says);

    /// <summary>"\"two American A-10s\" in " — what comes before the source.</summary>
    public static string EvidenceQuote(Report report) => string.Concat("\"", report.Quote.Exact, "\" in ");

    /// <summary>" via rt" — the relays after the source, if any.</summary>
    public static string EvidenceVia(Report report) => report.Via.IsEmpty ? string.Empty : " via " + string.Join(" < ", report.Via);

    /// <summary>How a source is named: "International Business Times (ibt-2016-02-11)", or its id when unknown.</summary>
    public static string SourceName(string id, Source? source) => source is null ? id : string.Concat(source.Outlet, " (", id, ")");

    /// <summary>"origins: a, b (2 claimants)": each claimant once, however many outlets relayed it.</summary>
    public static string Origins(Finding finding) =>
        string.Concat("origins: ", string.Join(", ", finding.Origins), " (", Count(finding.Origins.Count, "claimant"), ")");

    /// <summary>"1 claim", "2 claims".</summary>
    internal static string Count(int count, string noun) =>
        string.Concat(count.ToString(CultureInfo.InvariantCulture), " ", noun, count == 1 ? string.Empty : "s");
}
