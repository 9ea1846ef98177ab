using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>An absence within a radius reaches the one-degree cells the radius covers: at 60° north a degree of
/// longitude is half as long as at the equator, so 97 km reach twice as many degrees east and west as north and
/// south: an incident 89 km east, two cells away, is within 97 km, one 114 km east in the same cell is not.</summary>
public class HighLatitudeRadiusTests
{
    [Fact]
    public void An_absence_at_sixty_degrees_north_reaches_an_incident_two_longitude_cells_east()
    {
        var centre = new Place { Name = "Centre", Precision = PlacePrecision.City, Coordinates = new GeoPoint { Latitude = 60.0, Longitude = 10.9 } };
        var east = new GeoPoint { Latitude = 60.0, Longitude = 12.5 };
        var farther = new GeoPoint { Latitude = 60.0, Longitude = 12.95 };
        var within97Km = Figure("distance-from-centre", "km", FigureQualifier.Exact, 97, "97 km");

        Assert.InRange(GeoDistance.Metres(centre.Coordinates!, east), 88_000, 90_000);
        Assert.InRange(GeoDistance.Metres(centre.Coordinates!, farther), 113_000, 115_000);

        var report = ContradictionDetector.Analyze(Document(
            [
                Claim("c-absent", "konashenkov", null, NotWithin("russia", within97Km, centre)),
                Claim("c-east", "sohr", "i-east", Did("russia")),
                Claim("c-farther", "sohr", "i-farther", Did("russia")),
            ],
            incidents: [Incident("i-east", "East", coordinates: east), Incident("i-farther", "Farther", coordinates: farther)]));

        Assert.Equal(["c-absent", "c-east"], Assert.Single(report.Findings).Participants.Select(p => p.Id));
    }
}
