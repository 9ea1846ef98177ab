namespace ClaimModel.Engine;

/// <summary>One claim or denial taking part in a <see cref="Finding"/>, with its claimant, the claimant's
/// side and the evidence (every report: source id, via chain and quote).</summary>
/// <remarks>Value equality over every member, collections in order.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<FindingParticipant>))]
public sealed record FindingParticipant
{
    /// <summary>The claim or denial id.</summary>
    public required string Id { get; init; }

    /// <summary>Whether <see cref="Id"/> names a claim or a denial.</summary>
    public required ParticipantRole Role { get; init; }

    /// <summary>The position of the claim's statement that takes part (its index in <see cref="Claim.Statements"/>)
    /// when the claim has several; <see langword="null"/> for a claim of one statement (the claim is its statement),
    /// a claim a denial names as a whole, or a denial.</summary>
    public int? Statement { get; init; }

    /// <summary>How reports name the participant: <see cref="Id"/>, or <c>id#n</c> for statement n of a claim of
    /// several (<see cref="StatementReference"/>).</summary>
    public string Reference => Statement is { } position ? StatementReference.Format(Id, position) : Id;

    /// <summary>The claimant's actor id.</summary>
    public required string Claimant { get; init; }

    /// <summary>The claimant's display name (the actor's name, or its id when the actor is unknown).</summary>
    public required string ClaimantName { get; init; }

    /// <summary>The claimant's side: the root actor ids of its affiliation graph, sorted ordinally.</summary>
    public required ValueList<string> Sides { get; init; }

    /// <summary>How firmly it was put.</summary>
    public required Modality Modality { get; init; }

    /// <summary>What it says, in plain words built from the statement ("United States carried it out").</summary>
    public required string Says { get; init; }

    /// <summary>Where it was seen: every report, in document order (one utterance relayed by several outlets
    /// is one participant with several reports).</summary>
    public required ValueList<Report> Reports { get; init; }
}
