using ClaimModel.Disputes;

namespace ClaimModel.Reporting;

/// <summary>A dispute (same <see cref="Dispute.Id"/>) in both reports whose content differs: its status, its positions,
/// their voice counts or its findings.</summary>
/// <remarks>Value equality over every member, lists in order.</remarks>
public sealed record DisputeChange
{
    /// <summary>The dispute in the older report.</summary>
    public required Dispute Before { get; init; }

    /// <summary>The dispute in the newer report.</summary>
    public required Dispute After { get; init; }

    /// <summary>The dispute's id.</summary>
    public string Id => After.Id;

    /// <summary>Whether the status changed (<see cref="Before"/>'s and <see cref="After"/>'s <see cref="Dispute.Status"/>).</summary>
    public bool StatusChanged => Before.Status != After.Status;

    /// <summary>The answers only the newer report has, in its order.</summary>
    public required ValueList<string> AddedPositions { get; init; }

    /// <summary>The answers only the older report has, in its order.</summary>
    public required ValueList<string> RemovedPositions { get; init; }

    /// <summary>The answers in both whose number of independent voices changed, in the newer report's order.</summary>
    public required ValueList<VoiceCountChange> VoiceCounts { get; init; }

    /// <summary>The ids of the findings the dispute gained.</summary>
    public required ValueList<string> AddedFindings { get; init; }

    /// <summary>The ids of the findings the dispute lost.</summary>
    public required ValueList<string> ResolvedFindings { get; init; }
}
