using System.Globalization;
using ClaimModel.Engine;
using CsCheck;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Claims that give the same answer in one bucket are compared once per answer (groups of equal answers):
/// a bucket of agreeing claims costs linear time, and the findings are those of every pair.</summary>
public class AgreeingClaimsTests
{
    private const int Many = 100_000;

    [Fact]
    [Trait("Category", "Heavy")]
    public void A_hundred_thousand_agreeing_figures_give_no_finding_and_the_consistent_comparisons_the_budget_keeps()
    {
        var document = Document(Enumerable.Range(0, Many).Select(i => Claim(Name(i), i % 2 == 0 ? "sohr" : "russia-mod", "i1", Quantity(Figure("killed", "people", FigureQualifier.Exact, 12, "12")))));

        var report = ContradictionDetector.Analyze(document, new DetectionOptions { IncludeConsistentComparisons = true });

        Assert.Empty(report.Findings);
        Assert.Equal(AnalysisBudget.Default.MaxConsistentComparisons, report.ConsistentComparisons.Count);
        Assert.Equal(((long)Many * (Many - 1) / 2) - AnalysisBudget.Default.MaxConsistentComparisons, report.Truncation!.ConsistentComparisonsDropped);
        Assert.Equal(0, report.Truncation.FindingsDropped);
        Assert.Equal(0, report.Truncation.ComparisonsSkipped);
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void A_hundred_thousand_agreeing_perpetrators_give_no_finding_and_a_complete_report()
    {
        var document = Document(Enumerable.Range(0, Many).Select(i => Claim(Name(i), i % 2 == 0 ? "sohr" : "usa", "i1", Did("russia-mod"))));

        var report = ContradictionDetector.Analyze(document, new DetectionOptions { IncludeConsistentComparisons = true });

        Assert.Empty(report.Findings);
        Assert.Null(report.Truncation);
        Assert.False(report.IsTruncated);
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void Each_finding_between_claims_is_found_for_every_copy_of_each_claim()
    {
        // Copies give the same answers, so they share a group: k copies of two claims in a finding give k² findings
        // (pairs of two copies of one statement are left out: the original has no such pair).
        const int Copies = 3;
        RandomDocuments.Gen.Sample(sample =>
        {
            var document = sample.Document with
            {
                Denials = [.. sample.Document.Denials.Where(d => d.Statement is not null).Select(d => d with { DeniedClaims = [] })],
            };
            var copied = document with
            {
                Claims = [.. document.Claims.SelectMany(c => Enumerable.Range(0, Copies).Select(k => c with { Id = c.Id + "~" + k.ToString(CultureInfo.InvariantCulture) }))],
            };

            var expected = ContradictionDetector.Analyze(document).Findings
                .GroupBy(Key)
                .ToDictionary(g => g.Key, g => g.Count() * Pow(Copies, g.First().Participants.Count(p => p.Role == ParticipantRole.Claim)));
            var actual = ContradictionDetector.Analyze(copied).Findings
                .Where(f => f.Participants.Select(BaseReference).Distinct().Count() == f.Participants.Count)
                .GroupBy(Key)
                .ToDictionary(g => g.Key, g => g.Count());

            Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
        }, iter: 200);
    }

    private static string Key(Finding finding) =>
        string.Concat(finding.Kind.ToString(), " ", string.Join(" ", finding.Participants.Select(BaseReference).Order(StringComparer.Ordinal)));

    /// <summary>The participant without its copy number: copies of one statement give one reference.</summary>
    private static string BaseReference(FindingParticipant participant) => BaseId(participant.Id) + "#" + participant.Statement?.ToString(CultureInfo.InvariantCulture);

    private static string BaseId(string id) => id.Split('~')[0];

    private static int Pow(int value, int exponent) => exponent == 0 ? 1 : value * Pow(value, exponent - 1);

    private static string Name(int i) => "c" + i.ToString(CultureInfo.InvariantCulture);
}
