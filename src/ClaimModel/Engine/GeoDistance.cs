namespace ClaimModel.Engine;

/// <summary>Great-circle distance between WGS 84 points (haversine on a sphere of radius 6371.0088 km).</summary>
internal static class GeoDistance
{
    private const double EarthRadiusMetres = 6_371_008.8;

    /// <summary>The distance in metres.</summary>
    public static double Metres(GeoPoint a, GeoPoint b)
    {
        var lat1 = a.Latitude * Math.PI / 180;
        var lat2 = b.Latitude * Math.PI / 180;
        var dLat = lat2 - lat1;
        var dLon = (b.Longitude - a.Longitude) * Math.PI / 180;
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
