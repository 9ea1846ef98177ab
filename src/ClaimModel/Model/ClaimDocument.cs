namespace ClaimModel;

/// <summary>The aggregate: actors, sources, incidents, claims and denials that reference each other by id, and
/// amendments to records another document defines. This is the root of the JSON wire format (with
/// <c>formatVersion</c>).</summary>
/// <remarks>Value equality over every member, each collection element by element in order.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<ClaimDocument>))]
public sealed record ClaimDocument
{
    /// <summary>The wire-format version this library writes (it reads every version in
    /// <see cref="SupportedFormatVersions"/>).</summary>
    public const int CurrentFormatVersion = 2;

    /// <summary>The wire-format versions this library reads: 1 (one statement per claim) and 2.</summary>
    public static IReadOnlyList<int> SupportedFormatVersions { get; } = [1, 2];

    /// <summary>An optional title ("IBTimes, 11 Feb 2016: Russia blames US for Aleppo bombing").</summary>
    public string? Title { get; init; }

    /// <summary>The actors.</summary>
    public ValueList<Actor> Actors { get; init; }

    /// <summary>The sources.</summary>
    public ValueList<Source> Sources { get; init; }

    /// <summary>The incidents.</summary>
    public ValueList<Incident> Incidents { get; init; }

    /// <summary>The claims.</summary>
    public ValueList<Claim> Claims { get; init; }

    /// <summary>The denials.</summary>
    public ValueList<Denial> Denials { get; init; }

    /// <summary>Additions to claims, denials and actors that this or another document defines (a later article
    /// relaying a claim, naming an unnamed speaker, adding an alias); merging applies them.</summary>
    public ValueList<Amendment> Amendments { get; init; }
}
