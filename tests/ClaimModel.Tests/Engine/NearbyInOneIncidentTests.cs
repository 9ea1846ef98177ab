using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>An absence about an incident meets the acting claims of that incident once, by the incident — not a
/// second time by the coordinates of the incident's place, which lie within the absence's radius.</summary>
public class NearbyInOneIncidentTests
{
    [Fact]
    public void An_absence_of_the_acting_claims_incident_is_one_finding_even_when_the_place_is_within_its_radius()
    {
        var aleppo = new Place { Name = "Aleppo", Precision = PlacePrecision.City, Coordinates = new GeoPoint { Latitude = 36.2, Longitude = 37.16 } };
        var nearby = new GeoPoint { Latitude = 36.25, Longitude = 37.2 };
        var about12Miles = Figure("distance-from-aleppo", "mi", FigureQualifier.Approximately, 12, "about 12 miles");
        var claims = new[] { Claim("c1", "konashenkov", "i1", NotWithin("russia", about12Miles, aleppo)), Claim("c2", "sohr", "i1", Did("russia")) };
        Incident[] incidents = [Incident("i1", "Anadan", coordinates: nearby)];

        var batch = ContradictionDetector.Analyze(Document(claims, incidents: incidents));
        var index = new ContradictionIndex();
        index.AddDocument(Document(incidents: incidents));
        var added = claims.SelectMany(index.AddClaim).ToList();

        Assert.Equal(["c1", "c2"], Assert.Single(batch.Findings).Participants.Select(p => p.Id));
        Assert.Equal(["c1", "c2"], Assert.Single(added).Participants.Select(p => p.Id));
    }
}
