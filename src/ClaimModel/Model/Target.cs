namespace ClaimModel;

/// <summary>Something hit or aimed at: a kind and, optionally, its name ("al-Quds hospital").</summary>
/// <remarks>Value equality over both members.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<Target>))]
public sealed record Target
{
    /// <summary>What kind of target.</summary>
    public required TargetKind Kind { get; init; }

    /// <summary>Its name, when reported.</summary>
    public string? Name { get; init; }
}
