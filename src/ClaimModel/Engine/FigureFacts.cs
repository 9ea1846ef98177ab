namespace ClaimModel.Engine;

/// <summary>What a claim entry compares of a figure (a quantity's figure or a presence radius), once normalized: kept
/// apart from the entry, so that the entries of other statements hold none of it. The figure itself is the entry's
/// statement's (<see cref="ClaimEntry.Figure"/>).</summary>
internal sealed class FigureFacts(string? dimension, NumericInterval interval, double factor, ResolvedTime? asOf)
{
    /// <summary>The facts of an entry that compares no figure (shared).</summary>
    public static FigureFacts None { get; } = new(null, default, 1, null);

    /// <summary>The figure's dimension ("count", "length").</summary>
    public string? Dimension { get; } = dimension;

    /// <summary>The figure's interval in its own unit.</summary>
    public NumericInterval Interval { get; } = interval;

    /// <summary>The factor from the figure's unit to its dimension's base unit.</summary>
    public double Factor { get; } = factor;

    /// <summary>For a count of a running total: the time it is counted up to (<see cref="ClaimEntry.AsOf"/>).</summary>
    public ResolvedTime? AsOf { get; } = asOf;
}
