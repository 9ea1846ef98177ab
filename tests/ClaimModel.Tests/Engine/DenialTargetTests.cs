using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

public class DenialTargetTests
{
    private static readonly Target Civilians = new() { Kind = TargetKind.Civilians };
    private static readonly Target Hospital = new() { Kind = TargetKind.Hospital, Name = "al-Quds hospital" };
    private static readonly Target Military = new() { Kind = TargetKind.MilitaryFacility };

    private static ResponsibilityStatement Did(string actor, params Target[] targets) => new() { Actors = [actor], Targets = targets };

    private static IEnumerable<string> DeniedClaims(Claim[] claims, Denial denial) =>
        ContradictionDetector.Analyze(Document(claims, [denial])).Findings.Select(f => f.Participants[0].Id);

    [Fact]
    public void General_denial_of_striking_civilians_ignores_claims_without_targets()
    {
        var denied = DeniedClaims([Claim("c-bombed-aleppo", "usa", "i1", Did("russia"))], Denial("d-never", "konashenkov", null, Did("russia", Civilians)));

        Assert.Empty(denied);
    }

    [Fact]
    public void General_denial_of_striking_civilians_matches_claims_of_civilian_targets_of_every_civilian_kind()
    {
        TargetKind[] civilianKinds = [TargetKind.Hospital, TargetKind.School, TargetKind.Mosque, TargetKind.ResidentialArea, TargetKind.Civilians, TargetKind.Infrastructure];
        var claims = civilianKinds.Select((kind, i) => Claim("c" + i, "usa", "i1", Did("russia", new Target { Kind = kind }))).ToArray();

        var denied = DeniedClaims(claims, Denial("d-never", "konashenkov", null, Did("russia", Civilians)));

        Assert.Equal(claims.Select(c => c.Id).Order(StringComparer.Ordinal), denied.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(TargetKind.MilitaryFacility)]
    [InlineData(TargetKind.Objects)]
    public void General_denial_of_striking_civilians_ignores_claims_of_non_civilian_targets(TargetKind kind)
    {
        var denied = DeniedClaims([Claim("c1", "usa", "i1", Did("russia", new Target { Kind = kind }))], Denial("d-never", "konashenkov", null, Did("russia", Civilians)));

        Assert.Empty(denied);
    }

    [Fact]
    public void General_denial_naming_a_hospital_matches_a_claim_of_striking_civilians_and_one_of_a_mix()
    {
        var denied = DeniedClaims(
            [Claim("c-civilians", "usa", "i1", Did("russia", Civilians)), Claim("c-mix", "usa", "i2", Did("russia", Military, new Target { Kind = TargetKind.Hospital })), Claim("c-school", "usa", "i1", Did("russia", new Target { Kind = TargetKind.School }))],
            Denial("d-no-hospitals", "konashenkov", null, Did("russia", Hospital)));

        Assert.Equal(["c-civilians", "c-mix"], denied);
    }

    [Fact]
    public void General_denial_without_targets_still_matches_every_claim_of_the_responsibility()
    {
        var denied = DeniedClaims(
            [Claim("c-none", "usa", "i1", Did("russia")), Claim("c-military", "usa", "i2", Did("russia", Military))],
            Denial("d-never", "konashenkov", null, Did("russia")));

        Assert.Equal(["c-none", "c-military"], denied);
    }

    [Fact]
    public void Incident_denial_naming_targets_still_matches_an_untargeted_claim_of_its_incident()
    {
        var denied = DeniedClaims([Claim("c-bombed", "usa", "i1", Did("russia"))], Denial("d-not-us", "russia-mod", "i1", Did("russia", Hospital)));

        Assert.Equal(["c-bombed"], denied);
    }

    [Fact]
    public void Incident_denial_with_targets_disjoint_from_the_claims_does_not_match()
    {
        var denied = DeniedClaims(
            [Claim("c-military", "usa", "i1", Did("russia", Military)), Claim("c-hospital", "usa", "i1", Did("russia", new Target { Kind = TargetKind.Hospital }))],
            Denial("d-not-the-hospital", "russia-mod", "i1", Did("russia", Hospital)));

        Assert.Equal(["c-hospital"], denied);
    }

    [Fact]
    public void Denial_naming_the_claim_by_id_is_not_filtered_by_targets()
    {
        var denied = DeniedClaims([Claim("c-military", "usa", "i1", Did("russia", Military))], Denial("d-by-id", "russia-mod", "i1", Did("russia", Civilians), "c-military"));

        Assert.Equal(["c-military"], denied);
    }

    [Fact]
    public void Other_targets_overlap_only_with_the_same_name_ignoring_case()
    {
        var isis = new Target { Kind = TargetKind.Other, Name = "ISIS" };

        Assert.True(TargetCoverage.Overlaps(isis, new Target { Kind = TargetKind.Other, Name = "isis" }));
        Assert.False(TargetCoverage.Overlaps(isis, new Target { Kind = TargetKind.Other, Name = "first responders" }));
        Assert.False(TargetCoverage.Overlaps(isis, Civilians));
    }
}
