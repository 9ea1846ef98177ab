namespace ClaimModel.Engine;

/// <summary>What presence matching compares of a responsibility or presence statement: the actors it names, the place
/// it puts them at and the radius of an absence. Kept apart from the claim entry, so that the entries of other
/// statements hold none of it.</summary>
internal class PresenceFacts(ActorNode[] actors, Place? place, int placeKey, int cell, double radius)
{
    /// <summary>The facts of an entry of another statement (shared): no actors, no place.</summary>
    public static PresenceFacts None { get; } = new([], null, KeyInterner.None, KeyInterner.None, 0);

    /// <summary>The nodes of the actors the statement names, in order.</summary>
    public ActorNode[] Actors { get; } = actors;

    /// <summary>The place: the presence place or the incident's place.</summary>
    public Place? Place { get; } = place;

    /// <summary>The interned place name, or <see cref="KeyInterner.None"/>.</summary>
    public int PlaceKey { get; } = placeKey;

    /// <summary>The 1° grid cell of the place's coordinates, or <see cref="KeyInterner.None"/>.</summary>
    public int Cell { get; } = cell;

    /// <summary>The radius in metres of an absence ("not within 12 miles"); 0 otherwise.</summary>
    public double Radius { get; } = radius;

    /// <summary>A presence radius compared as a figure (<see cref="ClaimEntry.FigureFacts"/>);
    /// <see cref="FigureFacts.None"/> otherwise.</summary>
    public virtual FigureFacts Figure => FigureFacts.None;

    /// <summary>The facts of a statement whose radius compares as <paramref name="figure"/>, or of one without
    /// (<see cref="FigureFacts.None"/>): only the former carry the field.</summary>
    public static PresenceFacts Of(ActorNode[] actors, Place? place, int placeKey, int cell, double radius, FigureFacts figure) =>
        ReferenceEquals(figure, FigureFacts.None) ? new PresenceFacts(actors, place, placeKey, cell, radius) : new WithRadius(actors, place, placeKey, cell, radius, figure);

    /// <summary>The facts of a presence statement with a radius compared as a figure.</summary>
    private sealed class WithRadius(ActorNode[] actors, Place? place, int placeKey, int cell, double radius, FigureFacts figure)
        : PresenceFacts(actors, place, placeKey, cell, radius)
    {
        public override FigureFacts Figure { get; } = figure;
    }
}
