namespace ClaimModel;

/// <summary>When the claim's incident happened ("yesterday's air strikes", "early on Thursday").</summary>
/// <remarks>Value equality over every member.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<OccurrenceStatement>))]
public sealed record OccurrenceStatement : Statement
{
    /// <inheritdoc/>
    public override StatementKind Kind => StatementKind.Occurrence;

    /// <summary>The time as reported.</summary>
    public required TimeSpec Time { get; init; }
}
