namespace ClaimModel.Disputes;

/// <summary>One answer to a <see cref="Dispute"/>'s question, with the independent voices that give it.</summary>
/// <remarks>Value equality over every member, lists in order.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<DisputePosition>))]
public sealed record DisputePosition
{
    /// <summary>The answer in words ("carried out by Russia (side russia)", "denies: carried out by United States").</summary>
    public required string Answer { get; init; }

    /// <summary>Whether the position is a denial of another position rather than an account of its own.</summary>
    public required bool Denies { get; init; }

    /// <summary>The voices that give the answer, by voice name.</summary>
    public required ValueList<DisputeVoice> Voices { get; init; }

    /// <summary>The sides of those voices, sorted.</summary>
    public required ValueList<string> Sides { get; init; }

    /// <summary>How many independent voices give the answer (<see cref="Voices"/>' count).</summary>
    public int IndependentVoices => Voices.Count;
}
