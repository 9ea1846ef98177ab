namespace ClaimModel.Synthetic;

/// <summary>One contradiction <see cref="SyntheticCorpus"/> planted: the engine must report a finding of the
/// matching kind on <see cref="Incident"/> that involves both <see cref="First"/> and <see cref="Second"/>.</summary>
/// <remarks>The engine may report more findings than those planted (for example a planted conflicting
/// claim also conflicts with the other consistent claims of its bucket); the plan is a lower bound.
/// Value equality.</remarks>
public sealed record PlantedContradiction
{
    /// <summary>The kind of contradiction.</summary>
    public required PlantedContradictionKind Kind { get; init; }

    /// <summary>The incident id.</summary>
    public required string Incident { get; init; }

    /// <summary>The consistent claim's id (the one contradicted).</summary>
    public required string First { get; init; }

    /// <summary>The contradicting claim's or denial's id.</summary>
    public required string Second { get; init; }
}
