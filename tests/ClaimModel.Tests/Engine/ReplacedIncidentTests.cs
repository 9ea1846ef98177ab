using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>An incident added again with another time replaces the first: claims added after it take the new time
/// (the engine caches an incident's resolved time per id), claims added before keep the one they were compared
/// with.</summary>
public class ReplacedIncidentTests
{
    private static readonly Place Aleppo = new() { Name = "Aleppo", Precision = PlacePrecision.City };

    [Fact]
    public void A_claim_added_after_its_incident_was_replaced_takes_the_new_time()
    {
        var index = new ContradictionIndex();
        index.AddDocument(Document(
            [Claim("c-before", "syria", "i1", Did("usa"))],
            incidents: [Incident("i1", time: Day(2016, 2, 10, "Asia/Damascus", 2))]));
        index.AddIncident(Incident("i1", time: Day(2016, 3, 10, "Asia/Damascus", 2)));
        index.AddClaim(Claim("c-after", "syria", "i1", Did("usa")));

        var march = index.AddClaim(Claim("a-march", "usa", null, NotWithin("usa", place: Aleppo, time: Day(2016, 3, 10, "Asia/Damascus", 2))));
        var february = index.AddClaim(Claim("a-february", "usa", null, NotWithin("usa", place: Aleppo, time: Day(2016, 2, 10, "Asia/Damascus", 2))));

        Assert.Equal(["a-march c-after"], march.Select(f => string.Join(" ", f.Participants.Select(p => p.Reference))));
        Assert.Equal(["a-february c-before"], february.Select(f => string.Join(" ", f.Participants.Select(p => p.Reference))));
    }
}
