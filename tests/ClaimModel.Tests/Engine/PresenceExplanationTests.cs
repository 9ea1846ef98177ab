using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The sentence of a presence conflict, word for word: the absence and its time, then the act either "on
/// the same incident" or at its named place and time, the affiliation that joins the two actors, and a full stop.</summary>
public class PresenceExplanationTests
{
    private static readonly Figure About12Miles = Figure("distance-from-aleppo", "mi", FigureQualifier.Approximately, 12, "about 12 miles");
    private static readonly Place Aleppo = new() { Name = "Aleppo", Precision = PlacePrecision.City };

    [Fact]
    public void An_absence_and_an_affiliates_act_on_one_incident_read_on_the_same_incident()
    {
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", "i1", NotWithin("russia", About12Miles)), Claim("c2", "state-dept", "i1", Did("russia-mod"))]));

        Assert.Equal(
            "KONASHENKOV (side russia) says RUSSIA's forces were not within about 12 miles of Aleppo (c1); STATE-DEPT (side coalition) says RUSSIA-MOD carried it out (c2) on the same incident (RUSSIA-MOD is affiliated with RUSSIA).",
            Assert.Single(report.Findings).Explanation);
    }

    [Fact]
    public void An_absence_at_a_place_and_time_against_an_act_on_another_incident_names_the_place_and_both_times()
    {
        var feb10 = Day(2016, 2, 10, "Asia/Damascus", 2);
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", "i2", NotWithin("russia", About12Miles, Aleppo, feb10)), Claim("c2", "sohr", "i1", Did("russia"))],
            incidents: [Incident("i1", "Aleppo", feb10), Incident("i2", "Idlib", feb10)]));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.PresenceConflict, finding.Kind);
        Assert.Equal(
            "KONASHENKOV (side russia) says RUSSIA's forces were not within about 12 miles of Aleppo (c1) during 2016-02-10 00:00–24:00 Asia/Damascus; SOHR (side sohr) says RUSSIA carried it out (c2) at Aleppo, 2016-02-10 00:00–24:00 Asia/Damascus.",
            finding.Explanation);
    }

    [Fact]
    public void Two_claims_of_no_incident_meeting_at_a_place_are_not_on_the_same_incident()
    {
        var there = new PresenceStatement { Actors = ["russia"], Present = true, Place = Aleppo };
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", null, NotWithin("russia", About12Miles, Aleppo)), Claim("c2", "sohr", null, there)]));

        Assert.Equal(
            "KONASHENKOV (side russia) says RUSSIA's forces were not within about 12 miles of Aleppo (c1); SOHR (side sohr) says RUSSIA's forces were at Aleppo (c2) at Aleppo.",
            Assert.Single(report.Findings).Explanation);
    }
}
