using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Intent: a denial of the intent only does not deny the act; deliberate against accidental for the same
/// act is a conflict of its own kind.</summary>
public class IntentTests
{
    private static ResponsibilityStatement Did(string actor, Intent intent = Intent.Unstated) => new() { Actors = [actor], Intent = intent };

    private static ContradictionReport Analyze(IEnumerable<Claim> claims, IEnumerable<Denial>? denials = null) =>
        ContradictionDetector.Analyze(Document(claims, denials));

    [Fact]
    public void Deliberate_against_accidental_for_the_same_actor_is_an_intent_conflict()
    {
        var report = Analyze([Claim("c-deliberate", "sohr", "i1", Did("usa", Intent.Deliberate)), Claim("c-accident", "state-dept", "i1", Did("usa", Intent.Accidental))]);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.IntentConflict, finding.Kind);
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal(
            "STATE-DEPT (side coalition) says USA acted by accident in i1 (c-accident); SOHR (side sohr) says USA acted deliberately (c-deliberate): the same act cannot be both.",
            finding.Explanation);
    }

    [Theory]
    [InlineData(Intent.Indiscriminate, Intent.Accidental, true)]
    [InlineData(Intent.Accidental, Intent.Deliberate, true)]
    [InlineData(Intent.Deliberate, Intent.Indiscriminate, false)]
    [InlineData(Intent.Deliberate, Intent.Unstated, false)]
    [InlineData(Intent.Accidental, Intent.Unstated, false)]
    [InlineData(Intent.Accidental, Intent.Accidental, false)]
    public void Only_on_purpose_against_by_mistake_conflicts(Intent a, Intent b, bool conflict)
    {
        var report = Analyze([Claim("c1", "sohr", "i1", Did("usa", a)), Claim("c2", "state-dept", "i1", Did("us-air-force", b))]);

        Assert.Equal(conflict, report.Findings.Any(f => f.Kind == FindingKind.IntentConflict));
        Assert.DoesNotContain(report.Findings, f => f.Kind == FindingKind.ConflictingResponsibility);
    }

    [Fact]
    public void Intents_of_unrelated_actors_of_one_side_do_not_conflict()
    {
        // The coalition's side: usa and its state department are related; coalition member "usa" and "state-dept"
        // both sit under usa, but two different members of one side acting are not the same act.
        var report = Analyze([Claim("c1", "sohr", "i1", Did("us-air-force", Intent.Deliberate)), Claim("c2", "konashenkov", "i1", Did("state-dept", Intent.Accidental))]);

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_denial_of_the_intent_does_not_deny_the_act()
    {
        var denial = Denial("d-not-deliberate", "state-dept", "i1", Did("usa")) with { Denies = DeniedAspect.Intent };

        Assert.Empty(Analyze([Claim("c-act", "sohr", "i1", Did("usa"))], [denial]).Findings);
        Assert.Empty(Analyze([Claim("c-accident", "sohr", "i1", Did("usa", Intent.Accidental))], [denial]).Findings);
        var finding = Assert.Single(Analyze([Claim("c-deliberate", "sohr", "i1", Did("usa", Intent.Deliberate))], [denial]).Findings);
        Assert.Equal(FindingKind.Denial, finding.Kind);
        Assert.Contains("(it denies the intent only, not the act)", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_denial_of_the_act_denies_the_act_whatever_intent_the_claim_states()
    {
        var denial = Denial("d-no-strike", "state-dept", "i1", Did("usa")) with { Characterization = Characterization.Fabricated };

        var finding = Assert.Single(Analyze([Claim("c-accident", "sohr", "i1", Did("usa", Intent.Accidental))], [denial]).Findings);

        Assert.Contains("negating the same statement on the same incident, calling it fabricated.", finding.Explanation, StringComparison.Ordinal);
    }
}
