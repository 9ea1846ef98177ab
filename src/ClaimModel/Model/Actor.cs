namespace ClaimModel;

/// <summary>A person, organisation or group that speaks or acts: a state, ministry, military unit, coalition,
/// armed group, NGO, political body, media organisation, person or a group of unnamed people.</summary>
/// <remarks>
/// <para>An unnamed speaker is modeled as such: a <see cref="Description"/> ("a senior State Department
/// official") and no invented <see cref="Name"/>; when a later article names it, link it to the named actor with
/// <see cref="SameAs"/>. An actor has a name, a description or both.</para>
/// <para>Value equality over every member, collections element by element in order (<see cref="ValueList{T}"/>).
/// The roots of the affiliation graph above an actor are its <em>side</em>.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<Actor>))]
public sealed record Actor
{
    /// <summary>The document-wide id (lower-case letters, digits, <c>-</c>, <c>.</c>, <c>_</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The name ("Igor Konashenkov"); absent for an unnamed speaker.</summary>
    public string? Name { get; init; }

    /// <summary>How the reports describe the actor when they do not name it ("a Baghdad-based spokesman for the
    /// coalition", "U.S. military officials").</summary>
    public string? Description { get; init; }

    /// <summary>What kind of actor it is.</summary>
    public required ActorKind Kind { get; init; }

    /// <summary>Other names the reports use ("Pentagon", "U.S. defense ministry").</summary>
    public ValueList<string> Aliases { get; init; }

    /// <summary>The actors this one belongs to (edges of a directed acyclic graph).</summary>
    public ValueList<Affiliation> Affiliations { get; init; }

    /// <summary>Actors that are the same person or body as this one ("a Pentagon spokesman" = Steve Warren once a
    /// later article names him), each with a certainty and its basis.</summary>
    public ValueList<IdentityLink> SameAs { get; init; }
}
