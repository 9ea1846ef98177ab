namespace ClaimModel.Disputes;

/// <summary>One independent voice behind a <see cref="DisputePosition"/>: the actors that speak with it (a spokesperson
/// and the body it speaks for, actors identified as the same), their sides, and the claims or denials by which it
/// gives the answer, with their sources.</summary>
/// <remarks>Value equality over every member, lists in order.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<DisputeVoice>))]
public sealed record DisputeVoice
{
    /// <summary>The voice's name: the body its actors speak for ("russia-mod" for Konashenkov and the ministry), else
    /// the ordinally smallest actor id among them.</summary>
    public required string Voice { get; init; }

    /// <summary>Whether the voice was joined through a probable identity link (shown as such).</summary>
    public bool Probable { get; init; }

    /// <summary>The claimants of the voice's claims and denials in this position, sorted.</summary>
    public required ValueList<string> Claimants { get; init; }

    /// <summary>The claimants' sides, sorted.</summary>
    public required ValueList<string> Sides { get; init; }

    /// <summary>The claims (<c>claimId</c> or <c>claimId#n</c>) and denials by which the voice takes the position, sorted.</summary>
    public required ValueList<string> Statements { get; init; }

    /// <summary>The sources of their reports, sorted (outlets relaying the voice; they are not voices).</summary>
    public required ValueList<string> Sources { get; init; }
}
