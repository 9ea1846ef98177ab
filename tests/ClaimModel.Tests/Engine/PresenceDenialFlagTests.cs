using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>A denial that an actor was present meets the claims that it was present, not the claims that it was
/// absent (which agree with the denial), and a denial that it was absent meets only the claims of its absence.</summary>
public class PresenceDenialFlagTests
{
    private static readonly Place Aleppo = new() { Name = "Aleppo", Precision = PlacePrecision.City };

    private static PresenceStatement Presence(bool present) => new() { Actors = ["usa"], Present = present, Place = Aleppo };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_presence_denial_meets_only_the_claims_of_the_same_presence(bool present)
    {
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c-present", "sohr", "i1", Presence(true)), Claim("c-absent", "syria", "i1", Presence(false))],
            [Denial("d", "usa", "i1", Presence(present))]));

        var denied = report.Findings.Where(f => f.Kind is FindingKind.Denial or FindingKind.SelfContradiction);
        Assert.Equal([present ? "c-present" : "c-absent"], denied.Select(f => f.Participants[0].Id));
    }
}
