using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>Coordinates at each limit are valid, from the pole to the antimeridian on both sides, and the smallest
/// step past a limit is not.</summary>
public class GeoPointEdgeTests
{
    private static ClaimDocument At(double latitude, double longitude) =>
        Document with { Incidents = [Bombing with { Place = Bombing.Place! with { Coordinates = new GeoPoint { Latitude = latitude, Longitude = longitude } } }] };

    [Theory]
    [InlineData(90, -180)]
    [InlineData(-90, 180)]
    [InlineData(90, 180)]
    [InlineData(-90, -180)]
    public void Coordinates_at_their_limits_are_valid(double latitude, double longitude) =>
        IssueAssert.Valid(At(latitude, longitude));

    [Fact]
    public void The_smallest_step_past_each_limit_is_out_of_range()
    {
        IssueAssert.Single(At(Math.BitIncrement(90.0), 0), ErrorCodes.CoordinateRange, "incidents[0].place.coordinates.latitude", "90.00000000000001");
        IssueAssert.Single(At(Math.BitDecrement(-90.0), 0), ErrorCodes.CoordinateRange, "incidents[0].place.coordinates.latitude", "-90.00000000000001");
        IssueAssert.Single(At(0, Math.BitIncrement(180.0)), ErrorCodes.CoordinateRange, "incidents[0].place.coordinates.longitude", "180.00000000000003");
        IssueAssert.Single(At(0, Math.BitDecrement(-180.0)), ErrorCodes.CoordinateRange, "incidents[0].place.coordinates.longitude", "-180.00000000000003");
    }
}
