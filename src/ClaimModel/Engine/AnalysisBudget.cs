namespace ClaimModel.Engine;

/// <summary>How much one analysis (one <see cref="ContradictionIndex"/>) may keep and compare, so that a small
/// hostile document cannot take the memory or the time of a service: a few thousand claims can make millions of
/// findings. When a limit is reached the report says so (<see cref="ContradictionReport.Truncation"/>).</summary>
/// <remarks>
/// <para><b>Which findings are kept.</b> The first <see cref="MaxFindings"/> findings the engine finds, in the order
/// the records were added (for <see cref="ContradictionDetector"/>: the document order), then sorted as always; the
/// ones found after are counted, not kept. Consistent comparisons likewise. Within the limits a report does not depend
/// on the order of adds; a truncated one may.</para>
/// <para><b>Comparisons.</b> Claims that agree are compared once per distinct answer, so they cost no comparisons
/// beyond that; pairs that must be looked at one by one (a denial by statement against each claim of its bucket,
/// presence against acting claims, a target account against each group of agreeing accounts of another side) each
/// count one. Once <see cref="MaxComparisons"/> comparisons were made, or once <see cref="MaxFindings"/> findings are
/// kept, the engine stops looking at such pairs and counts them
/// instead (<see cref="AnalysisTruncation.ComparisonsSkipped"/>); the records are still added and counted.</para>
/// <para>Set a limit to <see cref="int.MaxValue"/> (<see cref="long.MaxValue"/>) to lift it, or use
/// <see cref="Unlimited"/>.</para>
/// </remarks>
public sealed record AnalysisBudget
{
    /// <summary>The default: 1,000,000 findings (about 1 GB with their explanations read), 100,000 consistent
    /// comparisons, 250,000,000 comparisons (seconds, not hours). A 1M-claim news corpus makes about 770,000 findings.</summary>
    public static AnalysisBudget Default { get; } = new();

    /// <summary>No limits: what the engine did before budgets (memory grows with the findings).</summary>
    public static AnalysisBudget Unlimited { get; } = new() { MaxFindings = int.MaxValue, MaxConsistentComparisons = int.MaxValue, MaxComparisons = long.MaxValue };

    /// <summary>How many findings are kept; default 1,000,000. Must be at least 0.</summary>
    public int MaxFindings { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be at least 0"); } = 1_000_000;

    /// <summary>How many consistent comparisons are kept (with <see cref="DetectionOptions.IncludeConsistentComparisons"/>);
    /// default 100,000. Must be at least 0.</summary>
    public int MaxConsistentComparisons { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be at least 0"); } = 100_000;

    /// <summary>How many one-by-one comparisons are made; default 250,000,000. Must be at least 0.</summary>
    public long MaxComparisons { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be at least 0"); } = 250_000_000;
}
