namespace ClaimModel.Engine;

/// <summary>What the findings of one analysis read when a part of them is first read rather than made with them: the
/// figure policy their explanations name and the origin lists they share (<see cref="Finding.Explanation"/> and
/// <see cref="Finding.Origins"/>). One per index; safe on any thread.</summary>
/// <param name="figures">The figure policy the findings were found under.</param>
/// <param name="origins">The origin lists the findings share.</param>
internal sealed class FindingContext(FigurePolicy figures, OriginLists origins)
{
    /// <summary>The figure policy the findings were found under (figure explanations name its threshold).</summary>
    public FigurePolicy Figures { get; } = figures;

    /// <summary>The origin lists the findings share.</summary>
    public OriginLists Origins { get; } = origins;
}
