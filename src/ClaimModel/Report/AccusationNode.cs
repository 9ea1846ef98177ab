namespace ClaimModel.Reporting;

/// <summary>A node of an <see cref="AccusationGraph"/>: a side, a voice or an outlet.</summary>
/// <remarks>Value equality over every member, lists in order.</remarks>
public sealed record AccusationNode
{
    /// <summary>The node id, unique in the graph: the kind and the name (<c>side:russia</c>, <c>voice:russia-mod</c>,
    /// <c>outlet:RT</c>).</summary>
    public required string Id { get; init; }

    /// <summary>What the node stands for.</summary>
    public required AccusationNodeKind Kind { get; init; }

    /// <summary>What the node shows: the side id, the voice name, or the outlet's name (a relay's id when no source
    /// has it).</summary>
    public required string Name { get; init; }

    /// <summary>For a voice: its sides, sorted (the first is the column it is drawn in); for a side: itself; for an
    /// outlet: none.</summary>
    public required ValueList<string> Sides { get; init; }
}
