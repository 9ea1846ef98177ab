using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The budget's counts, exactly, on small inputs: a comparison budget that runs out in the middle of a
/// lookup counts the comparisons of that lookup not made (and of every later one) as skipped; a finding budget reached
/// exactly keeps every finding and truncates nothing, one finding fewer drops the rest of a group at once; a finding
/// met outside a comparison loop (a denial by id) is dropped one by one; a group of consistent comparisons cut by
/// their own budget counts the rest as dropped.</summary>
public class BudgetCountTests
{
    private static readonly Place Aleppo = new() { Name = "Aleppo", Precision = PlacePrecision.City };

    private static readonly TimeSpec Feb10 = Day(2016, 2, 10, "Asia/Damascus", 2);

    private static ContradictionIndex Index(AnalysisBudget budget, bool consistent = false) =>
        new(new DetectionOptions { Budget = budget, IncludeConsistentComparisons = consistent });

    /// <summary>Five claims of no incident that the United States did it: they compare nothing among themselves.</summary>
    private static IEnumerable<Claim> FiveAccusations() =>
        Enumerable.Range(1, 5).Select(i => Claim($"c{i}", "syria", null, Did("usa")));

    private static AnalysisTruncation? Truncation(ContradictionIndex index) => index.GetReport().Truncation;

    [Fact]
    public void A_denial_by_statement_stops_at_the_comparison_budget_and_counts_the_claims_it_did_not_compare()
    {
        var index = Index(new AnalysisBudget { MaxComparisons = 2 });
        index.AddDocument(Document(FiveAccusations()));

        Assert.Equal(2, index.AddDenial(Denial("d", "usa", null, Did("usa"))).Count);
        Assert.Equal(new AnalysisTruncation { ComparisonsSkipped = 3 }, Truncation(index));
    }

    [Fact]
    public void A_claim_stops_at_the_comparison_budget_among_the_denials_waiting_for_its_statement()
    {
        var index = Index(new AnalysisBudget { MaxComparisons = 1 });
        index.AddDocument(Document(denials: [Denial("d1", "usa", null, Did("usa")), Denial("d2", "state-dept", null, Did("usa")), Denial("d3", "us-air-force", null, Did("usa"))]));

        Assert.Single(index.AddClaim(Claim("c", "syria", null, Did("usa"))));
        Assert.Equal(new AnalysisTruncation { ComparisonsSkipped = 2 }, Truncation(index));
    }

    [Fact]
    public void An_acting_claim_stops_at_the_comparison_budget_among_the_absences_it_meets()
    {
        var index = Index(new AnalysisBudget { MaxComparisons = 1 });
        index.AddDocument(Document(
            [
                Claim("a1", "usa", null, NotWithin("usa", place: Aleppo, time: Feb10)),
                Claim("a2", "state-dept", null, NotWithin("usa", place: Aleppo, time: Feb10)),
                Claim("a3", "us-air-force", null, NotWithin("usa", place: Aleppo, time: Feb10)),
            ]));

        var found = index.AddClaim(Claim("p", "syria", null, new PresenceStatement { Actors = ["usa"], Present = true, Place = Aleppo, Time = Feb10 }));

        Assert.Single(found);
        Assert.Equal(new AnalysisTruncation { ComparisonsSkipped = 2 }, Truncation(index));
    }

    [Fact]
    public void Target_accounts_stop_at_the_comparison_budget_in_the_middle_of_their_groups()
    {
        // Groups of target answers: t2 compares one (budget 1 of 2), t3 compares one and skips one, t4 skips three.
        var index = Index(new AnalysisBudget { MaxComparisons = 2 });
        Claim Targets(string id, string claimant, TargetKind kind) => Claim(id, claimant, "i1", Only(kind));
        index.AddClaim(Targets("t1", "syria", TargetKind.Hospital));
        index.AddClaim(Targets("t2", "russia", TargetKind.School));
        index.AddClaim(Targets("t3", "usa", TargetKind.ResidentialArea));
        index.AddClaim(Targets("t4", "sohr", TargetKind.Mosque));

        Assert.Equal(new AnalysisTruncation { ComparisonsSkipped = 4 }, Truncation(index));
        Assert.Equal(2, index.GetReport().Findings.Count);
    }

    [Fact]
    public void A_finding_budget_reached_exactly_truncates_nothing_and_one_less_stops_the_lookup()
    {
        var exact = Index(new AnalysisBudget { MaxFindings = 5 });
        exact.AddDocument(Document(FiveAccusations(), [Denial("d", "usa", null, Did("usa"))]));
        Assert.Equal(5, exact.GetReport().Findings.Count);
        Assert.Null(Truncation(exact));

        var two = Index(new AnalysisBudget { MaxFindings = 2 });
        two.AddDocument(Document(FiveAccusations(), [Denial("d", "usa", null, Did("usa"))]));
        Assert.Equal(2, two.GetReport().Findings.Count);
        Assert.Equal(new AnalysisTruncation { ComparisonsSkipped = 3 }, Truncation(two));
    }

    [Fact]
    public void A_group_of_agreeing_accounts_cut_by_the_finding_budget_drops_the_rest_of_the_group()
    {
        var index = Index(new AnalysisBudget { MaxFindings = 2 });
        index.AddDocument(Document(
            [Claim("g1", "syria", "i1", Did("usa")), Claim("g2", "russia", "i1", Did("usa")), Claim("g3", "russia-mod", "i1", Did("usa"))]));

        Assert.Equal(2, index.AddClaim(Claim("x", "state-dept", "i1", Did("russia"))).Count);
        Assert.Equal(new AnalysisTruncation { FindingsDropped = 1 }, Truncation(index));
    }

    [Fact]
    public void A_denial_by_id_past_the_finding_budget_is_dropped_and_counted()
    {
        var index = Index(new AnalysisBudget { MaxFindings = 1 });
        index.AddDocument(Document([Claim("c1", "syria", "i1", Did("usa")), Claim("c2", "state-dept", "i1", Did("russia"))]));
        Assert.Single(index.GetReport().Findings);

        Assert.Empty(index.AddDenial(Denial("d", "usa", null, null, "c1")));
        Assert.Single(index.GetReport().Findings);
        Assert.Equal(new AnalysisTruncation { FindingsDropped = 1 }, Truncation(index));

        // The counts did not change since: a claim added again publishes nothing, the truncation is the same instance.
        var report = index.GetReport();
        Assert.Empty(index.AddClaim(Claim("c1", "syria", "i1", Did("usa"))));
        Assert.Same(report, index.GetReport());
    }

    [Fact]
    public void A_group_of_agreeing_figures_cut_by_the_consistent_budget_counts_the_rest_as_dropped()
    {
        // f1 and f2 agree (one consistent comparison); f3 meets their group of two: one more is kept, one dropped.
        var index = Index(new AnalysisBudget { MaxConsistentComparisons = 2 }, consistent: true);
        var ten = Quantity(Figure("deaths", "people", FigureQualifier.Exact, 10, "10"));
        index.AddDocument(Document([Claim("f1", "syria", "i1", ten), Claim("f2", "russia", "i1", ten)]));
        Assert.Single(index.GetReport().ConsistentComparisons);

        index.AddClaim(Claim("f3", "sohr", "i1", ten));

        Assert.Equal(2, index.GetReport().ConsistentComparisons.Count);
        Assert.Equal(new AnalysisTruncation { ConsistentComparisonsDropped = 1 }, Truncation(index));
        Assert.Empty(index.GetReport().Findings);
    }

    [Fact]
    public void No_consistent_budget_at_all_still_keeps_every_finding()
    {
        var index = Index(new AnalysisBudget { MaxConsistentComparisons = 0 }, consistent: true);
        index.AddDocument(Document([Claim("c1", "syria", "i1", Did("usa")), Claim("c2", "state-dept", "i1", Did("russia"))]));

        Assert.Single(index.GetReport().Findings);
        Assert.Null(Truncation(index));
    }
}
