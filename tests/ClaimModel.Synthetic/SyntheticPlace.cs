namespace ClaimModel.Synthetic;

/// <summary>A fictional town where incidents happen, with a real country code and that country's IANA zone.</summary>
internal sealed record SyntheticPlace(Place Place, string Zone)
{
    /// <summary>The measure of distances from this town ("distance-from-karsh").</summary>
    public string DistanceMeasure { get; } = "distance-from-" + Place.Name.ToLowerInvariant();

    public static readonly SyntheticPlace[] All =
    [
        Town("Karsh", "SY", 36.21, 37.13, "Asia/Damascus"),
        Town("Velna", "SY", 35.93, 36.63, "Asia/Damascus"),
        Town("Tarvis", "SY", 34.73, 36.71, "Asia/Damascus"),
        Town("Mordun", "SY", 35.33, 40.14, "Asia/Damascus"),
        Town("Ashqal", "IQ", 36.34, 43.13, "Asia/Baghdad"),
        Town("Beyrin", "IQ", 33.42, 43.30, "Asia/Baghdad"),
        Town("Quessa", "IQ", 34.60, 43.68, "Asia/Baghdad"),
        Town("Dalmur", "LB", 34.43, 35.84, "Asia/Beirut"),
        Town("Ostra", "LB", 33.85, 35.90, "Asia/Beirut"),
        Town("Zefir", "YE", 15.35, 44.20, "Asia/Aden"),
    ];

    private static SyntheticPlace Town(string name, string country, double latitude, double longitude, string zone) =>
        new(new Place { Name = name, Country = country, Coordinates = new GeoPoint { Latitude = latitude, Longitude = longitude }, Precision = PlacePrecision.City }, zone);
}
