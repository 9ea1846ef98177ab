namespace ClaimModel;

/// <summary>A person or organisation that speaks or acts: a state, ministry, military unit, coalition,
/// armed group, NGO, media organisation or person.</summary>
/// <remarks>
/// Value equality over every member, collections element by element in order (<see cref="ValueList{T}"/>).
/// The roots of the affiliation graph above an actor are its <em>side</em>.
/// </remarks>
public sealed record Actor
{
    /// <summary>The document-wide id (lower-case letters, digits, <c>-</c>, <c>.</c>, <c>_</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The display name ("Igor Konashenkov").</summary>
    public required string Name { get; init; }

    /// <summary>What kind of actor it is.</summary>
    public required ActorKind Kind { get; init; }

    /// <summary>Other names the reports use ("Pentagon", "U.S. defense ministry").</summary>
    public ValueList<string> Aliases { get; init; }

    /// <summary>The actors this one belongs to (edges of a directed acyclic graph).</summary>
    public ValueList<Affiliation> Affiliations { get; init; }
}
