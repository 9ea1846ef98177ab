using System.Globalization;
using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary><see cref="AnalysisBudget"/>: documents whose findings do not fit in memory give a report within the
/// budget that says what it left out, and reports within the budget are complete.</summary>
public class BudgetTests
{
    private static readonly DetectionOptions Small = new() { Budget = new AnalysisBudget { MaxFindings = 10_000, MaxConsistentComparisons = 100 } };

    [Fact]
    [Trait("Category", "Heavy")]
    public void Four_thousand_claims_with_four_million_findings_keep_the_budget_and_count_the_rest()
    {
        // 2,000 say russia did it (said by usa), 2,000 say usa did it (said by russia): every cross pair conflicts.
        var document = Document(Enumerable.Range(0, 4_000).Select(i => Claim(Name("c", i), i % 2 == 0 ? "usa" : "russia", "i1", Did(i % 2 == 0 ? "russia" : "usa"))));

        var report = ContradictionDetector.Analyze(document, Small);

        Assert.Equal(10_000, report.Findings.Count);
        Assert.All(report.Findings, f => Assert.Equal(FindingKind.ConflictingResponsibility, f.Kind));
        Assert.Equal(4_000_000 - 10_000, report.Truncation!.FindingsDropped);
        Assert.True(report.IsTruncated);
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void A_hundred_thousand_claims_and_denials_by_statement_stop_comparing_at_the_budget()
    {
        const int N = 100_000;
        var document = Document(
            Enumerable.Range(0, N).Select(i => Claim(Name("c", i), "sohr", "i1", Did("russia"))),
            Enumerable.Range(0, N).Select(i => Denial(Name("d", i), "russia-mod", "i1", Did("russia"))));

        var report = ContradictionDetector.Analyze(document, Small);

        Assert.Equal(10_000, report.Findings.Count);
        Assert.All(report.Findings, f => Assert.Equal(FindingKind.Denial, f.Kind));
        Assert.Equal((long)N * N, report.Findings.Count + report.Truncation!.FindingsDropped + report.Truncation.ComparisonsSkipped);
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public async Task A_10000_deep_chain_with_20000_claims_keeps_the_budget()
    {
        // a-0 part of a-1 … part of a-(n−1); each was not there, and each did it: the act of a-i contradicts the
        // absence of a-i and of every a-j above it, n(n+1)/2 presence findings (on a thread-pool thread, whose stack is
        // smaller than the main thread's).
        const int N = 10_000;
        var actors = Enumerable.Range(0, N).Select(i => i + 1 < N ? Actor(Name("a-", i), (Name("a-", i + 1), AffiliationRelation.PartOf)) : Actor(Name("a-", i)));
        var claims = Enumerable.Range(0, N).SelectMany(i => new[]
        {
            Claim(Name("absent-", i), "sohr", "i1", NotWithin(Name("a-", i))),
            Claim(Name("acting-", i), "sohr", "i1", Did(Name("a-", i))),
        });
        var document = Document(claims) with { Actors = [.. actors, Actor("sohr")] };

        var report = await Task.Run(() => ContradictionDetector.Analyze(document, Small));

        Assert.Equal(10_000, report.Findings.Count);
        Assert.All(report.Findings, f => Assert.Equal(FindingKind.PresenceConflict, f.Kind));
        // Every pair is kept, dropped or skipped (a pair is looked at by incident and again by place, where the same
        // incident rules it out, so the sum counts some twice).
        Assert.InRange(report.Findings.Count + report.Truncation!.FindingsDropped + report.Truncation.ComparisonsSkipped, (long)N * (N + 1) / 2, (long)N * (N + 1));
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void A_comparison_budget_stops_one_by_one_comparisons_that_find_nothing()
    {
        // Same-side target accounts never conflict, but accounts naming different targets are different answers, each
        // pair looked at: 2,000 claims, 1,999,000 pairs.
        var document = Document(Enumerable.Range(0, 2_000).Select(i => Claim(Name("c", i), "usa", "i1", new TargetStatement { Targets = [new Target { Kind = TargetKind.Other, Name = Name("t", i) }], Scope = TargetScope.Only })));

        var report = ContradictionDetector.Analyze(document, new DetectionOptions { Budget = new AnalysisBudget { MaxComparisons = 1_000 } });

        Assert.Empty(report.Findings);
        Assert.Equal(1_999_000 - 1_000, report.Truncation!.ComparisonsSkipped);
    }

    [Fact]
    public void A_report_within_the_budget_is_not_truncated_and_equals_the_unlimited_one()
    {
        var document = Document(Enumerable.Range(0, 200).Select(i => Claim(Name("c", i), i % 2 == 0 ? "usa" : "russia", "i1", Did(i % 2 == 0 ? "russia" : "usa"))));

        var limited = ContradictionDetector.Analyze(document, new DetectionOptions { Budget = new AnalysisBudget { MaxFindings = 10_000 } });

        Assert.Null(limited.Truncation);
        Assert.Equal(10_000, limited.Findings.Count);
        Assert.Equal(ContradictionDetector.Analyze(document, new DetectionOptions { Budget = AnalysisBudget.Unlimited }), limited);
    }

    [Fact]
    public void Incremental_adds_return_only_the_findings_the_budget_keeps()
    {
        var index = new ContradictionIndex(new DetectionOptions { Budget = new AnalysisBudget { MaxFindings = 2 } });
        index.AddDocument(Document());
        Assert.Empty(index.AddClaim(Claim("c1", "usa", "i1", Did("russia"))));
        Assert.Single(index.AddClaim(Claim("c2", "russia", "i1", Did("usa"))));
        Assert.Single(index.AddClaim(Claim("c3", "russia", "i1", Did("usa"))));
        Assert.Empty(index.AddClaim(Claim("c4", "russia", "i1", Did("usa"))));

        var report = index.GetReport();
        Assert.Equal(["c1 c2", "c1 c3"], report.Findings.Select(f => string.Join(" ", f.Participants.Select(p => p.Id))));
        Assert.Equal(new AnalysisTruncation { FindingsDropped = 1 }, report.Truncation);
    }

    [Fact]
    public void A_negative_limit_is_refused()
    {
        var zero = new AnalysisBudget { MaxFindings = 0, MaxConsistentComparisons = 0, MaxComparisons = 0 };
        Assert.Equal((0, 0, 0L), (zero.MaxFindings, zero.MaxConsistentComparisons, zero.MaxComparisons));
        Assert.StartsWith("must be at least 0", Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisBudget { MaxFindings = -1 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("must be at least 0", Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisBudget { MaxConsistentComparisons = -1 }).Message, StringComparison.Ordinal);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisBudget { MaxComparisons = -1 });
        Assert.StartsWith("must be at least 0", error.Message, StringComparison.Ordinal);
        Assert.Equal(-1L, error.ActualValue);
    }

    private static string Name(string prefix, int i) => prefix + i.ToString(CultureInfo.InvariantCulture);
}
