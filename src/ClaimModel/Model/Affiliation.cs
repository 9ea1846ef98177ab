namespace ClaimModel;

/// <summary>An edge of the affiliation graph: this actor belongs to the actor <see cref="Actor"/>.</summary>
/// <remarks>Value equality: same target id and same relation. Affiliations must form a directed acyclic graph.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<Affiliation>))]
public sealed record Affiliation
{
    /// <summary>The id of the actor this one belongs to.</summary>
    public required string Actor { get; init; }

    /// <summary>How it belongs.</summary>
    public required AffiliationRelation Relation { get; init; }
}
