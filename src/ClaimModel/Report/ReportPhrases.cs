using System.Globalization;
using System.Text;
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
        var first = true;
        for (var severity = Severity.High; severity >= Severity.Info; severity--)
        {
            var count = report.CountOf(severity);
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

    /// <summary>"denial, high, incident i1" (no incident: "no single incident").</summary>
    public static string Heading(Finding finding) =>
        string.Concat(
            EnumText<FindingKind>.Name(finding.Kind),
            ", ",
            EnumText<Severity>.Name(finding.Severity),
            ", ",
            finding.Incident is null ? "no single incident" : "incident " + finding.Incident);

    /// <summary>"claim c1 by Igor Konashenkov (konashenkov, side russia), asserted: United States carried it out".</summary>
    public static string Participant(FindingParticipant participant) =>
        string.Concat(
            EnumText<ParticipantRole>.Name(participant.Role),
            " ",
            participant.Id,
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

    /// <summary>"\"two A-10s\" in ibt-2016-02-11 via rt".</summary>
    public static string Evidence(Report report) =>
        string.Concat(
            "\"",
            report.Quote.Exact,
            "\" in ",
            report.Source,
            report.Via.IsEmpty ? string.Empty : " via " + string.Join(" < ", report.Via));

    /// <summary>"origins: a, b (2 claimants)": each claimant once, however many outlets relayed it.</summary>
    public static string Origins(Finding finding) =>
        string.Concat("origins: ", string.Join(", ", finding.Origins), " (", Count(finding.Origins.Count, "claimant"), ")");

    private static string Count(int count, string noun) =>
        string.Concat(count.ToString(CultureInfo.InvariantCulture), " ", noun, count == 1 ? string.Empty : "s");
}
