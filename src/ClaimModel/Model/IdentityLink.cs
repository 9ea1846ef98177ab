namespace ClaimModel;

/// <summary>A link saying that an actor is the same person or body as another ("a Baghdad-based spokesman for the
/// coalition" = Steve Warren).</summary>
/// <remarks>Links are symmetric in meaning: one link on either actor is enough. Value equality over every
/// member.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<IdentityLink>))]
public sealed record IdentityLink
{
    /// <summary>The id of the actor that is the same.</summary>
    public required string Actor { get; init; }

    /// <summary>How sure the link is.</summary>
    public required IdentityCertainty Certainty { get; init; }

    /// <summary>Why the link holds, in words ("named as Col. Steve Warren by Reuters, 12 Feb 2016").</summary>
    public string? Basis { get; init; }
}
