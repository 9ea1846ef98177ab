namespace ClaimModel.Engine;

/// <summary>A claim that a later claim of the same voice superseded or retracted: it has left the contradictions
/// (no finding or consistent comparison of the report names it) and is listed as history.</summary>
/// <remarks>Value equality over every member.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<ClaimRevision>))]
public sealed record ClaimRevision
{
    /// <summary>The id of the claim revised.</summary>
    public required string Claim { get; init; }

    /// <summary>How it was revised.</summary>
    public required RevisionKind Kind { get; init; }

    /// <summary>The id of the later claim that revised it.</summary>
    public required string By { get; init; }
}
