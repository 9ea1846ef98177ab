namespace ClaimModel.Engine;

/// <summary>What an analysis left out because it reached its <see cref="AnalysisBudget"/>
/// (<see cref="ContradictionReport.Truncation"/>; <see langword="null"/> there when nothing was left out).</summary>
/// <remarks>Value equality over every member.</remarks>
public sealed record AnalysisTruncation
{
    /// <summary>Findings found after <see cref="AnalysisBudget.MaxFindings"/> were kept: counted, not kept.</summary>
    public long FindingsDropped { get; init; }

    /// <summary>Consistent comparisons found after <see cref="AnalysisBudget.MaxConsistentComparisons"/> were kept.</summary>
    public long ConsistentComparisonsDropped { get; init; }

    /// <summary>Pairs not compared at all (after <see cref="AnalysisBudget.MaxComparisons"/> comparisons, or once
    /// the findings limit was reached); each may or may not have been a finding.</summary>
    public long ComparisonsSkipped { get; init; }
}
