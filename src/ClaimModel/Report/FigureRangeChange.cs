using ClaimModel.Disputes;

namespace ClaimModel.Reporting;

/// <summary>The figure range of one incident and measure that appeared, went or changed between two reports.</summary>
/// <remarks>Value equality over every member.</remarks>
public sealed record FigureRangeChange
{
    /// <summary>The incident (<see langword="null"/> for figures about no incident).</summary>
    public string? Incident { get; init; }

    /// <summary>The measure.</summary>
    public required string Measure { get; init; }

    /// <summary>The range in the older report; <see langword="null"/> when it is new.</summary>
    public FigureRange? Before { get; init; }

    /// <summary>The range in the newer report; <see langword="null"/> when no voice reports it any more.</summary>
    public FigureRange? After { get; init; }
}
