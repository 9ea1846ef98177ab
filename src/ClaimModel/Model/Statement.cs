namespace ClaimModel;

/// <summary>What a claim asserts (or a denial negates). One derived record per <see cref="StatementKind"/>.</summary>
/// <remarks>Value equality: same derived type and equal members.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<Statement>))]
public abstract record Statement
{
    private protected Statement()
    {
    }

    /// <summary>The kind of statement (the JSON <c>kind</c> discriminator).</summary>
    public abstract StatementKind Kind { get; }

    /// <summary>The statement's own modality, where the speaker hedges one part of an utterance ("perhaps
    /// dozens"); <see langword="null"/>: the claim's (or denial's) modality.</summary>
    public Modality? Modality { get; init; }
}
