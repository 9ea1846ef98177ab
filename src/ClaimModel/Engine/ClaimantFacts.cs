namespace ClaimModel.Engine;

/// <summary>A claimant as a <see cref="FindingParticipant"/> shows it: the actor id, the display name and the side (the
/// root actor ids). One object for the three, shared by every participant of the claimant: an engine's participants
/// hold the claimant's <see cref="ActorNode"/> itself, which is one.</summary>
/// <remarks>Immutable; no value equality of its own (a participant compares the three members).</remarks>
internal class ClaimantFacts
{
    /// <summary>The facts of a participant whose claimant members are not set yet (an object initializer sets them one by
    /// one).</summary>
    public static readonly ClaimantFacts Unset = new(null!, null!, default);

    /// <summary>Creates the facts of the claimant <paramref name="id"/>.</summary>
    public ClaimantFacts(string id, string name, ValueList<string> roots)
    {
        Id = id;
        Name = name;
        Roots = roots;
    }

    /// <summary>The actor id.</summary>
    public string Id { get; }

    /// <summary>The display name (the id when the actor is unknown).</summary>
    public string Name { get; }

    /// <summary>The root ids (the side), sorted ordinally.</summary>
    public ValueList<string> Roots { get; }

    /// <summary>The same facts with the id <paramref name="id"/>.</summary>
    public ClaimantFacts WithId(string id) => new(id, Name, Roots);

    /// <summary>The same facts with the name <paramref name="name"/>.</summary>
    public ClaimantFacts WithName(string name) => new(Id, name, Roots);

    /// <summary>The same facts with the sides <paramref name="roots"/>.</summary>
    public ClaimantFacts WithRoots(ValueList<string> roots) => new(Id, Name, roots);
}
