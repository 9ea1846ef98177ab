namespace ClaimModel;

/// <summary>An actor's rejection of specific claims (by id) and/or of a statement ("none of its warplanes
/// were present"), evidence-backed and reported like a claim.</summary>
/// <remarks>
/// A denial without an <see cref="Incident"/> is general ("would never strike civilians"): it negates its
/// statement for every incident. At least one of <see cref="DeniedClaims"/> and <see cref="Statement"/>
/// is set. Value equality over every member, collections in order.
/// </remarks>
public sealed record Denial
{
    /// <summary>The document-wide id.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the actor who denies.</summary>
    public required string Claimant { get; init; }

    /// <summary>The id of the incident the denial is about; absent for a general denial.</summary>
    public string? Incident { get; init; }

    /// <summary>The ids of the claims rejected.</summary>
    public ValueList<string> DeniedClaims { get; init; }

    /// <summary>The statement negated, when the denial says what is not so.</summary>
    public Statement? Statement { get; init; }

    /// <summary>How firmly it was put.</summary>
    public Modality Modality { get; init; }

    /// <summary>When it was stated.</summary>
    public TimeSpec? StatedAt { get; init; }

    /// <summary>Where it was seen; at least one.</summary>
    public required ValueList<Report> Reports { get; init; }
}
