namespace ClaimModel;

/// <summary>An actor's rejection of specific claims (by id, or one statement of a claim) and/or of a statement
/// ("none of its warplanes were present"), evidence-backed and reported like a claim.</summary>
/// <remarks>
/// <para>A denial without an <see cref="Incident"/> is general ("would never strike civilians"): it negates its
/// statement for every incident. At least one of <see cref="DeniedClaims"/> and <see cref="Statement"/>
/// is set.</para>
/// <para>A denial may reject the act or only its intent ("the army denied it intentionally targeted the
/// hospital": <see cref="DeniedAspect.Intent"/>), says how it characterises what it denies ("a total
/// fabrication": <see cref="Characterization.Fabricated"/>), and may have a time and place of its own ("no U.S.
/// missions over Aleppo on Wednesday or Thursday"). Value equality over every member, collections in order.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<Denial>))]
public sealed record Denial
{
    /// <summary>The document-wide id.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the actor who denies.</summary>
    public required string Claimant { get; init; }

    /// <summary>The id of the incident the denial is about; absent for a general denial.</summary>
    public string? Incident { get; init; }

    /// <summary>The claims rejected: a claim id (the whole claim) or a statement reference <c>claimId#n</c>
    /// (one statement of it; see <see cref="StatementReference"/>).</summary>
    public ValueList<string> DeniedClaims { get; init; }

    /// <summary>The statement negated, when the denial says what is not so.</summary>
    public Statement? Statement { get; init; }

    /// <summary>What is denied: the act (the default) or only the intent.</summary>
    public DeniedAspect Denies { get; init; }

    /// <summary>How the denial characterises what it denies; <see cref="Characterization.Unstated"/> when it
    /// does not say.</summary>
    public Characterization Characterization { get; init; }

    /// <summary>The place the denial speaks of, when it names one of its own ("over Aleppo").</summary>
    public Place? Place { get; init; }

    /// <summary>The time the denial speaks of, when it names one of its own ("on Wednesday or Thursday").</summary>
    public TimeSpec? Time { get; init; }

    /// <summary>How firmly it was put.</summary>
    public Modality Modality { get; init; }

    /// <summary>When it was stated.</summary>
    public TimeSpec? StatedAt { get; init; }

    /// <summary>Where it was seen; at least one.</summary>
    public required ValueList<Report> Reports { get; init; }
}
