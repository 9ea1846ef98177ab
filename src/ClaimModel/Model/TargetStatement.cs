namespace ClaimModel;

/// <summary>What was hit in the claim's incident.</summary>
/// <remarks>Value equality over every member.</remarks>
public sealed record TargetStatement : Statement
{
    /// <inheritdoc/>
    public override StatementKind Kind => StatementKind.Target;

    /// <summary>The targets named.</summary>
    public required ValueList<Target> Targets { get; init; }
}
