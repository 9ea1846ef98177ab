using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>A superseded claim leaves everything the report compares, not only the findings: its figure leaves the
/// compared figures (what the disputes' figure ranges read), its consistent comparisons leave the report, and an add
/// returns no finding of a claim already superseded — in the batch as in the index, whichever comes first.</summary>
public class RevisedRecordsTests
{
    private static readonly DetectionOptions Consistent = new() { IncludeConsistentComparisons = true };

    private static Claim Deaths(string id, string claimant, decimal value) =>
        Claim(id, claimant, "i1", Quantity(Figure("deaths", "people", FigureQualifier.Exact, value, value.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void A_superseded_figure_leaves_the_compared_figures()
    {
        Claim[] claims = [Deaths("c-27", "sohr", 27), Deaths("c-30", "syria", 30), Deaths("c-55", "sohr", 55) with { Supersedes = ["c-27"] }];
        var index = new ContradictionIndex();
        index.AddDocument(Document());
        foreach (var claim in claims)
        {
            index.AddClaim(claim);
        }

        Assert.Equal(["c-30", "c-55"], ContradictionDetector.Analyze(Document(claims)).Figures.ToArray().Select(f => f.Id));
        Assert.Equal(["c-30", "c-55"], index.GetReport().Figures.ToArray().Select(f => f.Id));
    }

    [Fact]
    public void Consistent_comparisons_of_a_superseded_claim_leave_the_report()
    {
        Claim[] claims = [Deaths("c-a", "sohr", 10), Deaths("c-b", "syria", 10), Deaths("c-c", "sohr", 10) with { Supersedes = ["c-a"] }];

        var report = ContradictionDetector.Analyze(Document(claims), Consistent);

        var comparison = Assert.Single(report.ConsistentComparisons);
        Assert.Equal(["c-b", "c-c"], comparison.Participants.Select(p => p.Id));
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void An_add_returns_no_finding_of_a_claim_already_superseded()
    {
        var index = new ContradictionIndex(Consistent);
        index.AddDocument(Document());
        index.AddClaim(Deaths("c-55", "sohr", 55) with { Supersedes = ["c-27"] });
        index.AddClaim(Deaths("c-30", "syria", 30));

        Assert.Empty(index.AddClaim(Deaths("c-27", "sohr", 27)));
        Assert.Equal(["c-30", "c-55"], Assert.Single(index.GetReport().Findings).Participants.Select(p => p.Id));
    }
}
