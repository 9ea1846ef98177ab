namespace ClaimModel;

/// <summary>"Actors X (and Y) carried it out" — optionally naming what they hit ("Russian bombing ... hit
/// schools") and with what intent ("a deliberate strike on a known medical facility").</summary>
/// <remarks>"Russian and Syrian forces bombed the hospitals" names two actors who acted
/// <see cref="ActorCombination.Jointly">jointly</see>; "either Russia or the regime" two of whom
/// <see cref="ActorCombination.EitherOf">one</see> did. Value equality over every member.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<ResponsibilityStatement>))]
public sealed record ResponsibilityStatement : Statement
{
    /// <inheritdoc/>
    public override StatementKind Kind => StatementKind.Responsibility;

    /// <summary>The ids of the actors said to be responsible; at least one, each once.</summary>
    public required ValueList<string> Actors { get; init; }

    /// <summary>Whether the actors acted together or one of them did (meaningful with two or more).</summary>
    public ActorCombination Combination { get; init; }

    /// <summary>The intent the statement attributes; <see cref="Intent.Unstated"/> when it says none.</summary>
    public Intent Intent { get; init; }

    /// <summary>What the actor is said to have hit, when the statement names it.</summary>
    public ValueList<Target> Targets { get; init; }
}
