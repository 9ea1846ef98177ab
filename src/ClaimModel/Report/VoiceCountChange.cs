namespace ClaimModel.Reporting;

/// <summary>A position of a dispute held by a different number of independent voices in the newer report.</summary>
/// <remarks>Value equality over every member.</remarks>
public sealed record VoiceCountChange
{
    /// <summary>The position's answer (<see cref="Disputes.DisputePosition.Answer"/>).</summary>
    public required string Answer { get; init; }

    /// <summary>Its independent voices in the older report.</summary>
    public required int Before { get; init; }

    /// <summary>Its independent voices in the newer report.</summary>
    public required int After { get; init; }
}
