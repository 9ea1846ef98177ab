namespace ClaimModel.Engine;

/// <summary>The policies the contradiction engine applies.</summary>
/// <remarks>Immutable; share one instance. Value equality compares the policies (their tables by reference).</remarks>
public sealed record DetectionOptions
{
    /// <summary>The default options: <see cref="FigurePolicy.Default"/> and <see cref="TimePolicy.Default"/>.</summary>
    public static DetectionOptions Default { get; } = new();

    /// <summary>How figures become intervals and when they contradict.</summary>
    public FigurePolicy Figures { get; init; } = FigurePolicy.Default;

    /// <summary>How times become intervals.</summary>
    public TimePolicy Time { get; init; } = TimePolicy.Default;

    /// <summary>Whether the report also lists the figure and time comparisons that came out consistent
    /// (<see cref="ContradictionReport.ConsistentComparisons"/>), so the absence of a finding can be checked.
    /// Default <see langword="false"/>: nothing is built or kept for consistent pairs, so the cost of an analysis
    /// is unchanged. With it, cost grows by the consistent pairs (each compared pair is already visited).
    /// <c>claimmodel analyze</c> turns it on.</summary>
    public bool IncludeConsistentComparisons { get; init; }

    /// <summary>Which links make actors one voice when independent voices are counted. Default:
    /// <see cref="VoicePolicy.Default"/>.</summary>
    public VoicePolicy Voices { get; init; } = VoicePolicy.Default;
}
