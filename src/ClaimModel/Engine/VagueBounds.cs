namespace ClaimModel.Engine;

/// <summary>The interval a vague quantity word denotes: [<see cref="Lower"/>, <see cref="Upper"/>), in the
/// figure's own unit. An entry of <see cref="FigurePolicy.VagueBounds"/>.</summary>
/// <param name="Lower">The inclusive lower bound.</param>
/// <param name="Upper">The exclusive upper bound.</param>
public sealed record VagueBounds(double Lower, double Upper);
