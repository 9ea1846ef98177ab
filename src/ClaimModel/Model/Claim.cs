namespace ClaimModel;

/// <summary>One utterance by one claimant: one or more statements asserted together, optionally about one
/// incident, with one or more reports.</summary>
/// <remarks>
/// <para>"Two American A-10s entered from Turkey at 13:55 Moscow time and bombed targets in Aleppo" is one claim
/// with a responsibility, a quantity, an occurrence and a text statement: the claimant, reports, quote and
/// modality are shared, and a statement may carry a modality of its own where the speaker hedges one part.
/// A statement of a claim is named by its position: <c>claimId#n</c>, n the index in <see cref="Statements"/>
/// (see <see cref="StatementReference"/>).</para>
/// <para>Reports of the same utterance by several outlets are one claim with several reports, not several claims.
/// A later claim of the same voice may <see cref="Supersedes">supersede</see> (update) or
/// <see cref="Retracts">retract</see> earlier ones. Value equality over every member, collections in order.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<Claim>))]
public sealed record Claim
{
    /// <summary>The document-wide id.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the actor who made the claim.</summary>
    public required string Claimant { get; init; }

    /// <summary>The id of the incident the claim is about, if any.</summary>
    public string? Incident { get; init; }

    /// <summary>What is asserted, in the order of the utterance; at least one.</summary>
    public required ValueList<Statement> Statements { get; init; }

    /// <summary>How firmly it was put.</summary>
    public Modality Modality { get; init; }

    /// <summary>When it was stated (distinct from when the incident happened).</summary>
    public TimeSpec? StatedAt { get; init; }

    /// <summary>Where it was seen; at least one.</summary>
    public required ValueList<Report> Reports { get; init; }

    /// <summary>The ids of earlier claims of the same voice that this one updates ("the death toll has climbed to
    /// 55" after "at least 27"): they stay on record as history.</summary>
    public ValueList<string> Supersedes { get; init; }

    /// <summary>The ids of earlier claims of the same voice that this one withdraws.</summary>
    public ValueList<string> Retracts { get; init; }
}
