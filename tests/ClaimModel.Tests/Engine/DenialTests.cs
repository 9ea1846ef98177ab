using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

public class DenialTests
{
    private static ContradictionReport Analyze(Claim[] claims, Denial[] denials) =>
        ContradictionDetector.Analyze(Document(claims, denials));

    [Fact]
    public void Denial_naming_a_claim_by_id_is_a_denial_finding()
    {
        var report = Analyze([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "state-dept", "i1", null, "c1")]);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.Denial, finding.Kind);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal("i1", finding.Incident);
        Assert.Equal(["c1", "d1"], finding.Participants.Select(p => p.Id));
        Assert.Equal(["coalition"], finding.Participants[1].Sides);
        Assert.Contains("naming the claim by id", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_denial_of_a_claim_without_incident_is_about_the_denials_incident_and_a_claims_incident_comes_first()
    {
        var report = Analyze(
            [Claim("c1", "konashenkov", null, Did("usa")), Claim("c2", "konashenkov", "i2", Did("usa"))],
            [Denial("d1", "state-dept", "i1", null, "c1"), Denial("d2", "state-dept", "i1", null, "c2")]);

        Assert.Equal([("c1", "i1"), ("c2", "i2")], report.Findings.Select(f => (f.Participants[0].Id, f.Incident)).Order());
    }

    [Fact]
    public void A_general_denial_of_presence_or_of_absence_meets_the_same_statement_on_any_incident_in_a_batch_as_in_an_index()
    {
        var present = new PresenceStatement { Actors = ["russia"], Present = true };
        var absent = new PresenceStatement { Actors = ["usa"], Present = false }; // another actor: the two flags are looked up apart
        var document = Document(
            [Claim("c-present", "sohr", "i1", present), Claim("c-absent", "konashenkov", "i2", absent)],
            [Denial("d-present", "russia-mod", null, present), Denial("d-absent", "state-dept", null, absent)],
            incidents: [Incident("i1"), Incident("i2")]);
        var index = new ContradictionIndex();
        index.AddDocument(document);

        var batch = ContradictionDetector.Analyze(document).Findings;
        Assert.Equal(
            [("c-absent", "d-absent"), ("c-present", "d-present")],
            batch.Where(f => f.Kind is FindingKind.Denial or FindingKind.SelfContradiction).Select(f => (f.Participants[0].Id, f.Participants[1].Id)).Order());
        Assert.Equal(index.GetReport().Findings.ToValueList(), batch.ToValueList());
    }

    [Fact]
    public void A_denial_naming_the_only_statement_of_a_claim_by_position_denies_it()
    {
        var finding = Assert.Single(Analyze([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "state-dept", "i1", null, "c1#0")]).Findings);
        Assert.Equal((FindingKind.Denial, "c1", "d1"), (finding.Kind, finding.Participants[0].Id, finding.Participants[1].Id));

        // Named as a whole and by its position: one finding.
        Assert.Single(Analyze([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "state-dept", "i1", null, "c1", "c1#0")]).Findings);
    }

    [Fact]
    public void A_denial_naming_a_position_a_claim_of_one_statement_does_not_have_denies_nothing()
    {
        // Validation refuses such a reference; the engine, given it unvalidated, must not read it as the claim.
        Assert.Empty(Analyze([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "state-dept", "i1", null, "c1#1")]).Findings);
        Assert.Empty(Analyze([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "state-dept", "i1", null, "c1#7")]).Findings);
    }

    [Fact]
    public void The_claim_comes_first_in_a_denial_finding_whatever_the_ids()
    {
        var finding = Assert.Single(Analyze([Claim("x1", "konashenkov", "i1", Did("usa"))], [Denial("a1", "usa", "i1", Did("usa"))]).Findings);

        Assert.Equal(["x1", "a1"], finding.Participants.Select(p => p.Id));
        Assert.Equal([ParticipantRole.Claim, ParticipantRole.Denial], finding.Participants.Select(p => p.Role));
    }

    [Fact]
    public void Denial_negating_the_same_statement_on_the_same_incident_is_found()
    {
        var report = Analyze([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "usa", "i1", Did("usa"))]);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.Denial, finding.Kind);
        Assert.Contains("negating the same statement", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Denial_on_another_incident_does_not_match()
    {
        var report = Analyze([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "usa", "i2", Did("usa"))]);

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void General_denial_matches_the_statement_on_any_incident()
    {
        var report = Analyze(
            [Claim("c1", "konashenkov", "i1", Did("usa")), Claim("c2", "konashenkov", "i2", Did("usa")), Claim("c3", "konashenkov", null, Did("usa"))],
            [Denial("d1", "usa", null, Did("usa"))]);

        Assert.Equal(["c3", "c1", "c2"], report.Findings.Select(f => f.Participants[0].Id));
        Assert.All(report.Findings, f => Assert.Contains("general denial", f.Explanation, StringComparison.Ordinal));
    }

    [Fact]
    public void Denial_of_a_state_matches_a_claim_about_its_affiliate()
    {
        var report = Analyze([Claim("c1", "konashenkov", "i1", Did("us-air-force"))], [Denial("d1", "state-dept", "i1", Did("usa"))]);

        Assert.Equal(FindingKind.Denial, Assert.Single(report.Findings).Kind);
    }

    [Fact]
    public void Denial_of_an_affiliate_does_not_match_a_claim_about_its_parent()
    {
        var report = Analyze([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "state-dept", "i1", Did("us-air-force"))]);

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Denial_by_id_and_by_statement_of_one_claim_is_one_finding()
    {
        var report = Analyze([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "usa", "i1", Did("usa"), "c1", "c1")]);

        Assert.Contains("by id", Assert.Single(report.Findings).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Denial_added_before_the_claim_it_names_is_matched_when_the_claim_arrives()
    {
        var index = new ContradictionIndex();
        index.AddDocument(Document());

        Assert.Empty(index.AddDenial(Denial("d1", "usa", "i1", null, "c1")));
        var created = index.AddClaim(Claim("c1", "konashenkov", "i1", Did("usa")));

        Assert.Equal(FindingKind.Denial, Assert.Single(created).Kind);
    }

    [Fact]
    public void Denial_from_the_claimants_own_side_is_a_self_contradiction()
    {
        var report = Analyze([Claim("c1", "konashenkov", "i1", Did("russia"))], [Denial("d1", "russia-mod", "i1", Did("russia"))]);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.SelfContradiction, finding.Kind);
        Assert.StartsWith("Side russia both asserts and denies it", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Free_text_statements_are_never_matched_by_content()
    {
        var text = new TextStatement { Text = "the strikes were a provocation" };
        var report = Analyze([Claim("c1", "konashenkov", "i1", text)], [Denial("d1", "usa", "i1", text)]);

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Target_denial_matches_a_target_claim_of_the_same_kind()
    {
        var hospital = new TargetStatement { Targets = [new Target { Kind = TargetKind.Hospital }] };
        var school = new TargetStatement { Targets = [new Target { Kind = TargetKind.School }] };
        var report = Analyze([Claim("c1", "sohr", "i1", hospital), Claim("c2", "sohr", "i1", school)], [Denial("d1", "russia", "i1", hospital)]);

        Assert.Equal("c1", Assert.Single(report.Findings).Participants[0].Id);
    }
}
