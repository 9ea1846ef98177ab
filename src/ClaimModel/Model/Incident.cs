namespace ClaimModel;

/// <summary>An event in the world that claims are about.</summary>
/// <remarks>Value equality over every member, collections element by element in order.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<Incident>))]
public sealed record Incident
{
    /// <summary>The document-wide id.</summary>
    public required string Id { get; init; }

    /// <summary>What kind of event.</summary>
    public required IncidentKind Kind { get; init; }

    /// <summary>A short human title ("Bombing of Aleppo, 10 Feb 2016").</summary>
    public required string Title { get; init; }

    /// <summary>Where it happened.</summary>
    public Place? Place { get; init; }

    /// <summary>When it happened, as established for the incident (claims may disagree).</summary>
    public TimeSpec? Time { get; init; }

    /// <summary>What was hit.</summary>
    public ValueList<Target> Targets { get; init; }

    /// <summary>The id of a larger incident this one is part of (a strike within an offensive).</summary>
    public string? PartOf { get; init; }
}
