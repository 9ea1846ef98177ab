namespace ClaimModel.Reporting;

/// <summary>An edge of an <see cref="AccusationGraph"/>: who accuses, denies or relays whom, and by which claims and
/// denials.</summary>
/// <remarks>Value equality over every member, lists in order.</remarks>
public sealed record AccusationEdge
{
    /// <summary>The id of the node the edge starts at (<see cref="AccusationNode.Id"/>).</summary>
    public required string From { get; init; }

    /// <summary>The id of the node the edge points to.</summary>
    public required string To { get; init; }

    /// <summary>What the edge says.</summary>
    public required AccusationEdgeKind Kind { get; init; }

    /// <summary>The claims (<c>claimId</c> or <c>claimId#n</c>) and denials behind the edge, sorted.</summary>
    public required ValueList<string> Statements { get; init; }
}
