namespace ClaimModel;

/// <summary>What was hit in the claim's incident.</summary>
/// <remarks>Value equality over every member.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<TargetStatement>))]
public sealed record TargetStatement : Statement
{
    /// <inheritdoc/>
    public override StatementKind Kind => StatementKind.Target;

    /// <summary>Whether the list is all that was hit ("only terrorists"), most of it ("most air strikes target
    /// ISIL") or part of it ("not only ISIS but other opponents"); <see cref="TargetScope.Unstated"/> when the
    /// text does not say.</summary>
    public TargetScope Scope { get; init; }

    /// <summary>The targets named.</summary>
    public required ValueList<Target> Targets { get; init; }
}
