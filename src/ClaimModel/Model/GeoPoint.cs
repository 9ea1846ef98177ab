namespace ClaimModel;

/// <summary>WGS 84 coordinates in decimal degrees.</summary>
/// <remarks>Value equality on both numbers, exactly as given (no rounding).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<GeoPoint>))]
public sealed record GeoPoint
{
    /// <summary>Latitude, −90 to 90.</summary>
    public required double Latitude { get; init; }

    /// <summary>Longitude, −180 to 180.</summary>
    public required double Longitude { get; init; }
}
