namespace ClaimModel;

/// <summary>Where a claim or denial was seen: the source, the chain of intermediaries and the evidence.</summary>
/// <remarks>
/// <see cref="Via"/> lists intermediary <see cref="ClaimModel.Source"/> ids from the claimant outwards:
/// "Konashenkov said, according to Russia Today" in an IBTimes article is <c>Source = ibtimes-article</c>,
/// <c>Via = [rt]</c>. Value equality over every member, <see cref="Via"/> in order.
/// </remarks>
public sealed record Report
{
    /// <summary>The id of the source the report was read in.</summary>
    public required string Source { get; init; }

    /// <summary>Intermediary source ids, from the claimant outwards.</summary>
    public ValueList<string> Via { get; init; }

    /// <summary>The evidence quote in <see cref="Source"/>.</summary>
    public required Quote Quote { get; init; }
}
