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
}
