namespace ClaimModel;

/// <summary>A figure about the claim's incident, or about an actor's activity over a period
/// ("510 sorties over February 4-11").</summary>
/// <remarks>Value equality over every member.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<QuantityStatement>))]
public sealed record QuantityStatement : Statement
{
    /// <inheritdoc/>
    public override StatementKind Kind => StatementKind.Quantity;

    /// <summary>The figure as reported.</summary>
    public required Figure Figure { get; init; }

    /// <summary>The id of the actor the figure is about, when it is about an actor's activity.</summary>
    public string? Subject { get; init; }

    /// <summary>The period the figure covers, when stated.</summary>
    public TimeSpec? Period { get; init; }
}
