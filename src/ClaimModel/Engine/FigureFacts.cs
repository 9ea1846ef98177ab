namespace ClaimModel.Engine;

/// <summary>What a claim entry compares of a figure (a quantity's figure or a presence radius), once normalized: kept
/// apart from the entry, so that the entries of other statements hold none of it. The figure itself is the entry's
/// statement's (<see cref="ClaimEntry.Figure"/>). A count of a running total, which also has the time it is counted up
/// to, gets a larger object (<see cref="Of"/>), so the other figures do not carry that field.</summary>
internal class FigureFacts
{
    /// <summary>The facts of a figure.</summary>
    private protected FigureFacts(string? dimension, NumericInterval interval, double factor)
    {
        Dimension = dimension;
        Interval = interval;
        Factor = factor;
    }

    /// <summary>The facts of an entry that compares no figure (shared).</summary>
    public static FigureFacts None { get; } = new(null, default, 1);

    /// <summary>The figure's dimension ("count", "length").</summary>
    public string? Dimension { get; }

    /// <summary>The figure's interval in its own unit.</summary>
    public NumericInterval Interval { get; }

    /// <summary>The factor from the figure's unit to its dimension's base unit.</summary>
    public double Factor { get; }

    /// <summary>For a count of a running total: the time it is counted up to (<see cref="ClaimEntry.AsOf"/>).</summary>
    public virtual ResolvedTime? AsOf => null;

    /// <summary>The facts of a figure counted up to <paramref name="asOf"/> (a running total), or of any other figure
    /// (<paramref name="asOf"/> <see langword="null"/>).</summary>
    public static FigureFacts Of(string? dimension, NumericInterval interval, double factor, ResolvedTime? asOf) =>
        asOf is null ? new FigureFacts(dimension, interval, factor) : new CountedTo(dimension, interval, factor, asOf);

    /// <summary>The facts of a count of a running total, with the time it is counted up to.</summary>
    private sealed class CountedTo(string? dimension, NumericInterval interval, double factor, ResolvedTime asOf)
        : FigureFacts(dimension, interval, factor)
    {
        public override ResolvedTime? AsOf { get; } = asOf;
    }
}
