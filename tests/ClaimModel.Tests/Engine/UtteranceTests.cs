using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Claims of several statements and statements naming several actors: each statement is compared as a
/// claim of one statement is, findings name the statement, and one contradiction is one finding.</summary>
public class UtteranceTests
{
    private static readonly Figure TwoAircraft = Figure("aircraft", "aircraft", FigureQualifier.Exact, 2, "two");
    private static readonly Figure FourAircraft = Figure("aircraft", "aircraft", FigureQualifier.Exact, 4, "four");

    /// <summary>"Two American A-10s bombed targets in i1": responsibility (0) and a count (1) in one utterance.</summary>
    private static Claim A10() => Claim("c-a10", "konashenkov", "i1", Did("usa")) with { Statements = [Did("usa"), Quantity(TwoAircraft)] };

    private static ContradictionReport Analyze(IEnumerable<Claim> claims, IEnumerable<Denial>? denials = null) =>
        ContradictionDetector.Analyze(Document(claims, denials));

    private static ContradictionReport Incrementally(IEnumerable<Claim> claims, IEnumerable<Denial> denials, bool denialsFirst)
    {
        var index = new ContradictionIndex();
        var document = Document();
        foreach (var actor in document.Actors)
        {
            index.AddActor(actor);
        }

        foreach (var source in document.Sources)
        {
            index.AddSource(source);
        }

        foreach (var incident in document.Incidents)
        {
            index.AddIncident(incident);
        }

        if (denialsFirst)
        {
            foreach (var denial in denials)
            {
                index.AddDenial(denial);
            }
        }

        foreach (var claim in claims)
        {
            index.AddClaim(claim);
        }

        if (!denialsFirst)
        {
            foreach (var denial in denials)
            {
                index.AddDenial(denial);
            }
        }

        return index.GetReport();
    }

    [Fact]
    public void Each_statement_of_an_utterance_is_compared_and_named_by_its_position()
    {
        var report = Analyze([A10(), Claim("c-russia", "state-dept", "i1", Did("russia")), Claim("c-four", "sohr", "i1", Quantity(FourAircraft))]);

        Assert.Equal(2, report.Findings.Count);
        var responsibility = Assert.Single(report.Findings, f => f.Kind == FindingKind.ConflictingResponsibility);
        var a10 = Assert.Single(responsibility.Participants, p => p.Id == "c-a10");
        Assert.Equal(0, a10.Statement);
        Assert.Equal("c-a10#0", a10.Reference);
        Assert.Contains("(c-a10#0)", responsibility.Explanation, StringComparison.Ordinal);
        Assert.Null(Assert.Single(responsibility.Participants, p => p.Id == "c-russia").Statement);

        var figure = Assert.Single(report.Findings, f => f.Kind == FindingKind.FigureConflict);
        Assert.Equal(1, Assert.Single(figure.Participants, p => p.Id == "c-a10").Statement);
        Assert.Equal("c-a10#1", figure.Participants.Single(p => p.Id == "c-a10").Reference);
    }

    [Fact]
    public void A_claim_of_one_statement_is_named_by_its_id_alone()
    {
        var report = Analyze([Claim("c-usa", "konashenkov", "i1", Did("usa")), Claim("c-russia", "state-dept", "i1", Did("russia"))]);

        Assert.All(Assert.Single(report.Findings).Participants, p => Assert.Null(p.Statement));
    }

    [Fact]
    public void A_denial_naming_one_statement_denies_that_statement_only()
    {
        var report = Analyze([A10()], [Denial("d-count", "state-dept", "i1", null, "c-a10#1")]);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.Denial, finding.Kind);
        Assert.Equal(1, finding.Participants.Single(p => p.Role == ParticipantRole.Claim).Statement);
        Assert.Contains("\"two\" (aircraft)", finding.Participants[0].Says, StringComparison.Ordinal);
    }

    [Fact]
    public void A_denial_naming_the_claim_is_one_finding_about_the_whole_utterance()
    {
        var report = Analyze([A10()], [Denial("d-all", "state-dept", "i1", null, "c-a10", "c-a10#0")]);

        var finding = Assert.Single(report.Findings);
        var claim = finding.Participants.Single(p => p.Role == ParticipantRole.Claim);
        Assert.Null(claim.Statement);
        Assert.Equal("USA carried it out; \"two\" (aircraft)", claim.Says);
    }

    [Fact]
    public void A_position_the_claim_does_not_have_names_nothing()
    {
        Assert.Empty(Analyze([A10()], [Denial("d-none", "state-dept", "i1", null, "c-a10#2", "c-a10#x")]).Findings);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Statement_references_are_matched_in_either_add_order(bool denialsFirst)
    {
        Denial[] denials = [Denial("d-count", "state-dept", "i1", null, "c-a10#1"), Denial("d-act", "state-dept", "i1", Did("usa"))];
        var batch = Analyze([A10()], denials);

        var incremental = Incrementally([A10()], denials, denialsFirst);

        Assert.Equal(2, batch.Findings.Count);
        Assert.Equal(batch.Findings, incremental.Findings);
    }

    [Fact]
    public void A_statement_modality_of_its_own_lowers_the_severity_of_its_findings_only()
    {
        var hedged = A10() with { Statements = [Did("usa"), Quantity(TwoAircraft) with { Modality = Modality.Hedged }] };

        var report = Analyze([hedged, Claim("c-russia", "state-dept", "i1", Did("russia")), Claim("c-four", "sohr", "i1", Quantity(FourAircraft))]);

        Assert.Equal(Severity.High, report.Findings.Single(f => f.Kind == FindingKind.ConflictingResponsibility).Severity);
        var figure = report.Findings.Single(f => f.Kind == FindingKind.FigureConflict);
        Assert.Equal(Modality.Hedged, figure.Participants.Single(p => p.Id == "c-a10").Modality);
        Assert.Equal(Severity.Low, figure.Severity); // a figure conflict is medium, one step lower when hedged
    }

    [Fact]
    public void Several_perpetrators_are_consistent_with_a_subset_and_conflict_with_others()
    {
        var jointly = Claim("c-both", "sohr", "i1", new ResponsibilityStatement { Actors = ["russia", "syria"] });

        Assert.Empty(Analyze([jointly, Claim("c-syria", "state-dept", "i1", Did("syria"))]).Findings);
        var finding = Assert.Single(Analyze([jointly, Claim("c-coalition", "konashenkov", "i1", Did("coalition"))]).Findings);
        Assert.Equal(FindingKind.ConflictingResponsibility, finding.Kind);
        Assert.Contains("says RUSSIA and SYRIA carried out i1 (c-both)", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("says COALITION did (c-coalition)", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("sides russia, syria and coalition", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Either_of_several_perpetrators_reads_as_or()
    {
        var either = Claim("c-either", "sohr", "i1", new ResponsibilityStatement { Actors = ["russia", "syria"], Combination = ActorCombination.EitherOf });

        var finding = Assert.Single(Analyze([either, Claim("c-coalition", "konashenkov", "i1", Did("coalition"))]).Findings);

        Assert.Contains("RUSSIA or SYRIA carried it out", string.Join("|", finding.Participants.Select(p => p.Says)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_denial_naming_two_actors_denies_each()
    {
        var denial = Denial("d-never", "russia-mod", null, new ResponsibilityStatement { Actors = ["russia", "syria"], Targets = [new Target { Kind = TargetKind.Civilians }] });
        Claim[] claims =
        [
            Claim("c-russia", "state-dept", "i1", new ResponsibilityStatement { Actors = ["russia"], Targets = [new Target { Kind = TargetKind.Hospital }] }),
            Claim("c-syria", "sohr", "i1", new ResponsibilityStatement { Actors = ["syria"], Targets = [new Target { Kind = TargetKind.School }] }),
        ];

        var report = Analyze(claims, [denial]);

        var denials = report.Findings.Where(f => f.Kind == FindingKind.Denial);
        Assert.Equal(["c-russia", "c-syria"], denials.Select(f => f.Participants.Single(p => p.Role == ParticipantRole.Claim).Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_actors_on_both_sides_meet_once(bool denialsFirst)
    {
        var statement = new ResponsibilityStatement { Actors = ["russia", "syria"] };
        Claim[] claims = [Claim("c-both", "state-dept", "i1", statement)];
        Denial[] denials = [Denial("d-both", "russia-mod", "i1", statement)];

        Assert.Single(Analyze(claims, denials).Findings);
        Assert.Single(Incrementally(claims, denials, denialsFirst).Findings);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_denial_of_one_actor_meets_a_claim_naming_it_and_its_part_once(bool denialsFirst)
    {
        // "Russia and its defence ministry did it" / "Russia did not": the denial reaches the claim through both actors.
        Claim[] claims = [Claim("c-two", "state-dept", "i1", new ResponsibilityStatement { Actors = ["russia", "russia-mod"] })];
        Denial[] denials = [Denial("d-russia", "russia-mod", "i1", new ResponsibilityStatement { Actors = ["russia"] })];

        Assert.Equal(FindingKind.Denial, Assert.Single(Analyze(claims, denials).Findings).Kind);
        Assert.Single(Incrementally(claims, denials, denialsFirst).Findings);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_denial_of_an_actor_and_its_part_meets_a_claim_naming_the_part_once(bool denialsFirst)
    {
        Claim[] claims = [Claim("c-mod", "state-dept", "i1", new ResponsibilityStatement { Actors = ["russia-mod"] })];
        Denial[] denials = [Denial("d-both", "russia-mod", "i1", new ResponsibilityStatement { Actors = ["russia", "russia-mod"] })];

        Assert.Single(Analyze(claims, denials).Findings);
        Assert.Single(Incrementally(claims, denials, denialsFirst).Findings);
    }

    [Fact]
    public void An_absence_of_two_actors_meets_an_acting_claim_once_and_names_the_actor_it_matched()
    {
        var absent = Claim("c-absent", "russia-mod", "i1", new PresenceStatement { Actors = ["russia", "russia-mod"], Present = false });
        var acting = Claim("c-acting", "state-dept", "i1", Did("russia-mod"));

        var finding = Assert.Single(Analyze([absent, acting]).Findings);

        Assert.Equal(FindingKind.PresenceConflict, finding.Kind);
        Assert.Contains("(RUSSIA-MOD is affiliated with RUSSIA)", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_statements_of_one_claim_that_conflict_are_its_participants_in_statement_order()
    {
        var ten = Figure("killed", "people", FigureQualifier.Exact, 10, "10");
        var five_hundred = Figure("killed", "people", FigureQualifier.Exact, 500, "500");
        var report = Analyze([Claim("c1", "konashenkov", "i1", Did("usa")) with { Statements = [Quantity(five_hundred), Quantity(ten)] }], []);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.FigureConflict, finding.Kind);
        Assert.Equal(["c1#0", "c1#1"], finding.Participants.Select(p => p.Reference));
    }

    [Fact]
    public void Two_occurrence_times_that_overlap_in_part_are_consistent_over_the_part_they_share()
    {
        // c1: the ISO week from Monday 29 February 2016; c2: February 2016. They share 29 February only.
        var week = Day(2016, 2, 29, "Asia/Damascus", 2) with { Precision = TimePrecision.Week };
        var month = Day(2016, 2, 1, "Asia/Damascus", 2) with { Precision = TimePrecision.Month };
        var document = Document([Claim("c1", "konashenkov", "i1", Occurred(week)), Claim("c2", "sohr", "i1", Occurred(month))]);
        var report = ContradictionDetector.Analyze(document, DetectionOptions.Default with { IncludeConsistentComparisons = true });

        Assert.Empty(report.Findings);
        var comparison = Assert.Single(report.ConsistentComparisons, c => c.Kind == ComparisonKind.Time);
        Assert.EndsWith("both include 2016-02-28 22:00–2016-02-29 22:00 UTC.", comparison.Explanation, StringComparison.Ordinal);
    }
}
