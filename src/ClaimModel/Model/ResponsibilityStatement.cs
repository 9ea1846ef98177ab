namespace ClaimModel;

/// <summary>"Actor X carried it out" — optionally naming what X hit ("Russian bombing ... hit schools").</summary>
/// <remarks>Value equality over every member.</remarks>
public sealed record ResponsibilityStatement : Statement
{
    /// <inheritdoc/>
    public override StatementKind Kind => StatementKind.Responsibility;

    /// <summary>The id of the actor said to be responsible.</summary>
    public required string Actor { get; init; }

    /// <summary>What the actor is said to have hit, when the statement names it.</summary>
    public ValueList<Target> Targets { get; init; }
}
