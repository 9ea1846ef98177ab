using ClaimModel.Disputes;
using ClaimModel.Engine;

namespace ClaimModel.Reporting;

/// <summary>A report as its JSON holds it (report <c>formatVersion</c> 2): the counts, the per-incident disputes and
/// figure ranges, every finding with its id, the consistent comparisons and the history. What
/// <see cref="ReportJson.Read(string)"/> gives back from a file <see cref="ReportJsonWriter"/> wrote, and what
/// <see cref="Of"/> makes from a fresh analysis, so two runs can be compared (<c>ReportDiff</c>).</summary>
/// <remarks>
/// <para>Its JSON is the report JSON, byte for byte (<see cref="ReportJson.Write(StoredReport)"/>; any
/// <c>System.Text.Json</c> setup through the converter the type carries).</para>
/// <para>Value equality over every member, lists in order.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<StoredReport>))]
public sealed record StoredReport
{
    /// <summary>The report format version: always <see cref="ContradictionReport.CurrentFormatVersion"/> (the only one
    /// read and written).</summary>
    public int FormatVersion => ContradictionReport.CurrentFormatVersion;

    /// <summary>How many claims were analysed.</summary>
    public required int ClaimCount { get; init; }

    /// <summary>How many denials were analysed.</summary>
    public required int DenialCount { get; init; }

    /// <summary>What the analysis left out because it reached its budget (<see cref="ContradictionReport.Truncation"/>);
    /// <see langword="null"/> for a complete report.</summary>
    public AnalysisTruncation? Truncation { get; init; }

    /// <summary>Per incident, its disputes and figure ranges (<see cref="DisputeReport.Incidents"/>).</summary>
    public required ValueList<IncidentSummary> Incidents { get; init; }

    /// <summary>Every pairwise finding, in report order.</summary>
    public required ValueList<Finding> Findings { get; init; }

    /// <summary>The consistent comparisons (empty unless the analysis collected them).</summary>
    public ValueList<ConsistentComparison> ConsistentComparisons { get; init; }

    /// <summary>The claims superseded or retracted.</summary>
    public ValueList<ClaimRevision> History { get; init; }

    /// <summary>Every dispute, in the order of <see cref="Incidents"/>.</summary>
    public IEnumerable<Dispute> Disputes => Incidents.SelectMany(i => i.Disputes);

    /// <summary>The report of a fresh analysis as its JSON would hold it (disputes by <see cref="DisputeAnalyzer"/>).</summary>
    /// <param name="report">The report.</param>
    public static StoredReport Of(ContradictionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new StoredReport
        {
            ClaimCount = report.ClaimCount,
            DenialCount = report.DenialCount,
            Truncation = report.Truncation,
            Incidents = DisputeAnalyzer.Analyze(report).Incidents,
            Findings = report.Findings.ToValueList(),
            ConsistentComparisons = report.ConsistentComparisons,
            History = report.History,
        };
    }
}
