using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

public class PresenceTests
{
    private static readonly Figure About12Miles = Figure("distance-from-aleppo", "mi", FigureQualifier.Approximately, 12, "about 12 miles");

    [Fact]
    public void Absence_on_an_incident_conflicts_with_an_affiliate_carrying_it_out()
    {
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", "i1", NotWithin("russia", About12Miles)), Claim("c2", "state-dept", "i1", Did("russia-mod"))]));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.PresenceConflict, finding.Kind);
        Assert.Contains("(RUSSIA-MOD is affiliated with RUSSIA)", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("not within about 12 miles of", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Absence_of_an_affiliate_does_not_conflict_with_its_parent_acting()
    {
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", "i1", NotWithin("russia-mod", About12Miles)), Claim("c2", "state-dept", "i1", Did("russia"))]));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Absence_at_a_place_and_day_conflicts_with_acting_there_that_day_on_another_incident()
    {
        var feb10 = Day(2016, 2, 10, "Asia/Damascus", 2);
        var aleppo = new Place { Name = "Aleppo", Precision = PlacePrecision.City };
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", null, NotWithin("russia", About12Miles, aleppo, feb10)), Claim("c2", "sohr", "i1", Did("russia"))],
            incidents: [Incident("i1", "Aleppo", Day(2016, 2, 10, "Asia/Damascus", 2, DayPart.Night))]));

        Assert.Equal(FindingKind.PresenceConflict, Assert.Single(report.Findings).Kind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_presence_conflict_is_about_the_acting_claims_incident_whichever_comes_first(bool actingFirst)
    {
        var feb10 = Day(2016, 2, 10, "Asia/Damascus", 2);
        var aleppo = new Place { Name = "Aleppo", Precision = PlacePrecision.City };
        Claim[] claims = [Claim("c1", "konashenkov", "i2", NotWithin("russia", About12Miles, aleppo, feb10)), Claim("c2", "sohr", "i1", Did("russia"))];
        Incident[] incidents = [Incident("i1", "Aleppo", feb10), Incident("i2", "Idlib", feb10)];
        var ordered = actingFirst ? claims.Reverse().ToArray() : claims;
        var index = new ContradictionIndex();
        foreach (var actor in Actors())
        {
            index.AddActor(actor);
        }

        foreach (var incident in incidents)
        {
            index.AddIncident(incident);
        }

        var returned = ordered.SelectMany(index.AddClaim).ToArray();
        var batch = ContradictionDetector.Analyze(Document(ordered, incidents: incidents));

        foreach (var finding in new[] { Assert.Single(batch.Findings), Assert.Single(returned), Assert.Single(index.GetReport().Findings) })
        {
            Assert.Equal(FindingKind.PresenceConflict, finding.Kind);
            Assert.Equal("i1", finding.Incident);
        }
    }

    [Fact]
    public void A_presence_conflict_with_an_acting_claim_of_no_incident_is_about_the_absences_incident()
    {
        var feb10 = Day(2016, 2, 10, "Asia/Damascus", 2);
        var aleppo = new Place { Name = "Aleppo", Precision = PlacePrecision.City };
        var there = new PresenceStatement { Actors = ["russia"], Present = true, Place = aleppo, Time = feb10 };
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", "i2", NotWithin("russia", About12Miles, aleppo, feb10)), Claim("c2", "sohr", null, there)],
            incidents: [Incident("i2", "Aleppo", feb10)]));

        var finding = Assert.Single(report.Findings);
        Assert.Equal((FindingKind.PresenceConflict, "i2"), (finding.Kind, finding.Incident));
    }

    [Fact]
    public void Absence_on_another_day_is_no_conflict()
    {
        var feb11 = Day(2016, 2, 11, "Asia/Damascus", 2);
        var aleppo = new Place { Name = "Aleppo", Precision = PlacePrecision.City };
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", null, NotWithin("russia", About12Miles, aleppo, feb11)), Claim("c2", "sohr", "i1", Did("russia"))],
            incidents: [Incident("i1", "Aleppo", Day(2016, 2, 10, "Asia/Damascus", 2))]));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Absence_within_a_radius_covers_an_incident_at_nearby_coordinates()
    {
        var aleppo = new Place { Name = "Aleppo", Precision = PlacePrecision.City, Coordinates = new GeoPoint { Latitude = 36.2, Longitude = 37.16 } };
        var nearby = new GeoPoint { Latitude = 36.25, Longitude = 37.2 };
        var far = new GeoPoint { Latitude = 36.5, Longitude = 37.5 };
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", null, NotWithin("russia", About12Miles, aleppo)), Claim("c2", "sohr", "i1", Did("russia")), Claim("c3", "sohr", "i2", Did("russia"))],
            incidents: [Incident("i1", "Anadan", coordinates: nearby), Incident("i2", "Far away", coordinates: far)]));

        Assert.Equal(["c1", "c2"], Assert.Single(report.Findings).Participants.Select(p => p.Id));
    }

    [Fact]
    public void Absence_conflicts_with_a_claim_that_the_forces_were_present()
    {
        var present = new PresenceStatement { Actors = ["us-air-force"], Present = true };
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "state-dept", "i1", NotWithin("usa")), Claim("c2", "konashenkov", "i1", present)]));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.PresenceConflict, finding.Kind);
        Assert.Contains("US-AIR-FORCE's forces were at Aleppo", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Absence_without_place_or_incident_is_never_matched()
    {
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", null, NotWithin("russia")), Claim("c2", "sohr", "i1", Did("russia"))]));

        Assert.Empty(report.Findings);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Radii_with_the_same_presence_flag_never_conflict_however_far_apart(bool present)
    {
        var six = Figure("distance-from-aleppo", "mi", FigureQualifier.Exact, 6, "6 miles");
        var fifty = Figure("distance-from-aleppo", "km", FigureQualifier.Approximately, 50, "about 50 kilometers");
        var near = Claim("c-near", "usa", "i1", NotWithin("russia", six) with { Present = present });
        var far = Claim("c-far", "konashenkov", "i1", NotWithin("russia", fifty) with { Present = present });

        var report = ContradictionDetector.Analyze(Document([near, far], incidents: [Incident("i1")]), new DetectionOptions { IncludeConsistentComparisons = true });

        Assert.DoesNotContain(report.Findings, f => f.Kind is FindingKind.FigureConflict or FindingKind.FigureDiscrepancy);
    }
}
