namespace ClaimModel;

/// <summary>One assertion by one claimant, optionally about one incident, with one or more reports.</summary>
/// <remarks>
/// Reports of the same utterance by several outlets are one claim with several reports, not several claims:
/// independence is counted by claimant. Value equality over every member, collections in order.
/// </remarks>
public sealed record Claim
{
    /// <summary>The document-wide id.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the actor who made the claim.</summary>
    public required string Claimant { get; init; }

    /// <summary>The id of the incident the claim is about, if any.</summary>
    public string? Incident { get; init; }

    /// <summary>What is asserted.</summary>
    public required Statement Statement { get; init; }

    /// <summary>How firmly it was put.</summary>
    public Modality Modality { get; init; }

    /// <summary>When it was stated (distinct from when the incident happened).</summary>
    public TimeSpec? StatedAt { get; init; }

    /// <summary>Where it was seen; at least one.</summary>
    public required ValueList<Report> Reports { get; init; }
}
