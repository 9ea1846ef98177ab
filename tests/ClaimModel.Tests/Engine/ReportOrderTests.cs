using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The report lists consistent comparisons in report order (incident, kind, participants) and the history
/// by the revised claim's id, whatever order the records came in.</summary>
public class ReportOrderTests
{
    private static Claim Deaths(string id, string claimant, string incident) =>
        Claim(id, claimant, incident, Quantity(Figure("deaths", "people", FigureQualifier.Exact, 10, "10")));

    [Fact]
    public void Consistent_comparisons_are_in_report_order_not_in_the_order_found()
    {
        var report = ContradictionDetector.Analyze(
            Document([Deaths("c-z1", "sohr", "i2"), Deaths("c-z2", "syria", "i2"), Deaths("c-a1", "sohr", "i1"), Deaths("c-a2", "syria", "i1")]),
            new DetectionOptions { IncludeConsistentComparisons = true });

        Assert.Equal(["i1 c-a1 c-a2", "i2 c-z1 c-z2"], report.ConsistentComparisons.Select(c => c.Incident + " " + string.Join(" ", c.Participants.Select(p => p.Id))));
    }

    [Fact]
    public void The_history_is_ordered_by_the_revised_claim()
    {
        var report = ContradictionDetector.Analyze(Document(
            [
                Claim("u1", "sohr", "i1", Did("russia")) with { Supersedes = ["c-z"] },
                Claim("u2", "sohr", "i1", Did("russia")) with { Retracts = ["c-a"] },
                Claim("c-z", "sohr", "i1", Did("russia")),
                Claim("c-a", "sohr", "i1", Did("russia")),
            ]));

        Assert.Equal(["c-a Retracted u2", "c-z Superseded u1"], report.History.Select(r => $"{r.Claim} {r.Kind} {r.By}"));
    }
}
