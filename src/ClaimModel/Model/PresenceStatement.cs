namespace ClaimModel;

/// <summary>"Actor X's forces were (not) within a distance of a place at a time"
/// ("no Russian planes were within 12 miles of Aleppo").</summary>
/// <remarks>Value equality over every member.</remarks>
public sealed record PresenceStatement : Statement
{
    /// <inheritdoc/>
    public override StatementKind Kind => StatementKind.Presence;

    /// <summary>The id of the actor whose forces are meant.</summary>
    public required string Actor { get; init; }

    /// <summary>Whether the forces were present (<see langword="false"/>: "were not within ...").</summary>
    public required bool Present { get; init; }

    /// <summary>The place; absent means the claim's incident place.</summary>
    public Place? Place { get; init; }

    /// <summary>The distance (a figure with a length unit); absent means "at the place".</summary>
    public Figure? Within { get; init; }

    /// <summary>When; absent means the claim's incident time.</summary>
    public TimeSpec? Time { get; init; }
}
