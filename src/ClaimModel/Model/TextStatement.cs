namespace ClaimModel;

/// <summary>A statement kept as free text (characterisations, speculation): never compared by content.</summary>
/// <remarks>Value equality over every member.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<TextStatement>))]
public sealed record TextStatement : Statement
{
    /// <inheritdoc/>
    public override StatementKind Kind => StatementKind.Text;

    /// <summary>The statement in plain words.</summary>
    public required string Text { get; init; }
}
