namespace ClaimModel;

/// <summary>Where an incident happened.</summary>
/// <remarks>Value equality over every member.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<Place>))]
public sealed record Place
{
    /// <summary>The place's name as reported ("Aleppo", "Sukkari, Aleppo").</summary>
    public required string Name { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 country code ("SY").</summary>
    public string? Country { get; init; }

    /// <summary>Coordinates, when known.</summary>
    public GeoPoint? Coordinates { get; init; }

    /// <summary>How precisely the place is known.</summary>
    public required PlacePrecision Precision { get; init; }
}
