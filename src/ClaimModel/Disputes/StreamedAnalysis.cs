using ClaimModel.Engine;

namespace ClaimModel.Disputes;

/// <summary>What an analysis with streamed findings keeps (<see cref="DisputeAnalyzer.AnalyzeStreaming"/>):
/// the report without its findings, the disputes of every finding, and how many findings were streamed.</summary>
/// <remarks>Value equality over every member.</remarks>
public sealed record StreamedAnalysis
{
    /// <summary>The report: counts, consistent comparisons, history and truncation; its
    /// <see cref="ContradictionReport.Findings"/> is empty (they were streamed).</summary>
    public required ContradictionReport Report { get; init; }

    /// <summary>The disputes, with every streamed finding placed (the same disputes as those of the ordinary report when
    /// it keeps every finding).</summary>
    public required DisputeReport Disputes { get; init; }

    /// <summary>How many findings were streamed.</summary>
    public required long FindingCount { get; init; }
}
