using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Two reports are equal when every public member is: two analyses of one document give equal reports (not
/// the same instance, equal hash codes), and a report differing in any one member — findings, consistent comparisons,
/// history, truncation, claim count, denial count — is not equal to it, either way round.</summary>
public sealed class ReportEqualityTests
{
    private static readonly DetectionOptions WithConsistent = new() { IncludeConsistentComparisons = true };

    private static ContradictionReport Analyze() => ContradictionDetector.Analyze(Mixed() with
    {
        Claims = Mixed().Claims.Add(Claim("c7", "sohr", "i1", Quantity(Figure("deaths", "people", FigureQualifier.Exact, 10, "ten")))),
    }, WithConsistent);

    [Fact]
    public void Two_analyses_of_one_document_give_equal_reports()
    {
        var report = Analyze();
        var again = Analyze();

        Assert.NotSame(report, again);
        Assert.NotSame(report.Findings, again.Findings);
        Assert.True(report.Equals(again));
        Assert.True(again.Equals(report));
        Assert.Equal(report.GetHashCode(), again.GetHashCode());
        Assert.True(report.Equals(report));
        Assert.False(report.Equals(null));
    }

    public static TheoryData<string> Members => ["findings", "consistent comparisons", "history", "truncation", "claim count", "denial count"];

    [Theory]
    [MemberData(nameof(Members))]
    public void A_report_differing_in_one_member_is_not_equal(string member)
    {
        var report = Analyze();
        Assert.NotEmpty(report.ConsistentComparisons);
        Assert.True(report.Findings.Count > 1);
        var other = member switch
        {
            "findings" => report with { Findings = FindingList.From(Analyze().Findings.Skip(1)) },
            "consistent comparisons" => report with { ConsistentComparisons = [] },
            "history" => report with { History = [new ClaimRevision { Claim = "c1", Kind = RevisionKind.Superseded, By = "c9" }] },
            "truncation" => report with { Truncation = new AnalysisTruncation { FindingsDropped = 1 } },
            "claim count" => report with { ClaimCount = report.ClaimCount + 1 },
            "denial count" => report with { DenialCount = report.DenialCount + 1 },
            _ => throw new ArgumentOutOfRangeException(nameof(member), member, "no such member"),
        };

        Assert.False(report.Equals(other));
        Assert.False(other.Equals(report));
        Assert.True(other.Equals(other with { }));
    }
}
