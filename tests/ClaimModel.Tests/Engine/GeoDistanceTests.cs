using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>The great-circle distance behind presence radii (<see cref="GeoDistance"/>): a degree along the equator or a
/// meridian is 2πR / 360 on the mean sphere (R = 6,371.0088 km), a degree of longitude at 60° north is half of that,
/// half the equator is πR, and Paris to London is the 343.6 km every atlas gives.</summary>
public class GeoDistanceTests
{
    private static GeoPoint At(double latitude, double longitude) => new() { Latitude = latitude, Longitude = longitude };

    [Theory]
    [InlineData(0, 0, 0, 1, 111_195.080)]
    [InlineData(0, 0, 1, 0, 111_195.080)]
    [InlineData(60, 10, 60, 11, 55_597.011)]
    [InlineData(0, 0, 0, 180, 20_015_114.442)]
    [InlineData(48.8566, 2.3522, 51.5074, -0.1278, 343_556.535)]
    [InlineData(36.2, 37.15, 34.73, 36.72, 168_031.123)]
    public void The_distance_is_the_haversine_on_the_mean_earth_sphere(double lat1, double lon1, double lat2, double lon2, double metres)
    {
        Assert.Equal(metres, GeoDistance.Metres(At(lat1, lon1), At(lat2, lon2)), 0.01);
        Assert.Equal(metres, GeoDistance.Metres(At(lat2, lon2), At(lat1, lon1)), 0.01);
    }

    [Fact]
    public void A_point_is_at_no_distance_from_itself()
    {
        Assert.Equal(0, GeoDistance.Metres(At(36.2, 37.15), At(36.2, 37.15)));
    }
}
