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
    /// is unchanged. With it, cost grows by the consistent comparisons kept (at most
    /// <see cref="AnalysisBudget.MaxConsistentComparisons"/>; agreeing claims are compared once per answer, the pairs
    /// beyond the limit only counted).
    /// <c>claimmodel analyze</c> turns it on.</summary>
    public bool IncludeConsistentComparisons { get; init; }

    /// <summary>Which links make actors one voice when independent voices are counted. Default:
    /// <see cref="VoicePolicy.Default"/>.</summary>
    public VoicePolicy Voices { get; init; } = VoicePolicy.Default;

    /// <summary>How many findings and consistent comparisons one analysis keeps and how many pairs it compares one by
    /// one; when a limit is reached, <see cref="ContradictionReport.Truncation"/> says what was left out. Default:
    /// <see cref="AnalysisBudget.Default"/> (safe for a service); <see cref="AnalysisBudget.Unlimited"/> lifts it.</summary>
    public AnalysisBudget Budget { get; init; } = AnalysisBudget.Default;
}
