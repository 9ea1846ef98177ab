namespace ClaimModel.Synthetic;

/// <summary>A generated document and the contradictions planted in it.</summary>
/// <remarks>Value equality over both members.</remarks>
public sealed record SyntheticCorpusResult
{
    /// <summary>The generated document.</summary>
    public required ClaimDocument Document { get; init; }

    /// <summary>Every contradiction planted on purpose, in document order of <see cref="PlantedContradiction.Second"/>.</summary>
    public required ValueList<PlantedContradiction> Planted { get; init; }
}
