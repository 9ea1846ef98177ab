namespace ClaimModel;

/// <summary>"Actors X's (and Y's) forces were (not) within a distance of a place at a time"
/// ("no Russian planes were within 12 miles of Aleppo").</summary>
/// <remarks>Value equality over every member.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<PresenceStatement>))]
public sealed record PresenceStatement : Statement
{
    /// <inheritdoc/>
    public override StatementKind Kind => StatementKind.Presence;

    /// <summary>The ids of the actors whose forces are meant; at least one, each once.</summary>
    public required ValueList<string> Actors { get; init; }

    /// <summary>Whether the actors' forces are meant together or either one's (meaningful with two or more).</summary>
    public ActorCombination Combination { get; init; }

    /// <summary>Whether the forces were present (<see langword="false"/>: "were not within ...").</summary>
    public required bool Present { get; init; }

    /// <summary>The place; absent means the claim's incident place.</summary>
    public Place? Place { get; init; }

    /// <summary>The distance (a figure with a length unit); absent means "at the place".</summary>
    public Figure? Within { get; init; }

    /// <summary>When; absent means the claim's incident time.</summary>
    public TimeSpec? Time { get; init; }
}
