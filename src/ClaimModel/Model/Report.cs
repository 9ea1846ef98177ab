namespace ClaimModel;

/// <summary>Where a claim or denial was seen: the source, the chain of intermediaries and the evidence.</summary>
/// <remarks>
/// <see cref="Via"/> lists the intermediaries, <see cref="ClaimModel.Source"/> or <see cref="Actor"/> ids, from
/// the claimant outwards: "Konashenkov said, according to Russia Today" in an IBTimes article is
/// <c>Source = ibtimes-article</c>, <c>Via = [rt]</c>; "the Russian spokesman said that a Pentagon spokesman said"
/// is a claim of the Pentagon spokesman with <c>Via = [konashenkov]</c>. A quote that evidences only some
/// statements of a claim lists their positions in <see cref="Statements"/>. Value equality over every member,
/// lists in order.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<Report>))]
public sealed record Report
{
    /// <summary>The id of the source the report was read in.</summary>
    public required string Source { get; init; }

    /// <summary>Intermediary source or actor ids, from the claimant outwards.</summary>
    public ValueList<string> Via { get; init; }

    /// <summary>The positions (indexes in <see cref="Claim.Statements"/>) of the statements this report's quote
    /// evidences, ascending; empty: the whole utterance. Only on a claim's reports.</summary>
    public ValueList<int> Statements { get; init; }

    /// <summary>The evidence quote in <see cref="Source"/>.</summary>
    public required Quote Quote { get; init; }
}
