using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Tests.Support;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Documents given as a lazy sequence (not a list) are analysed as the same documents in a list: by the batch
/// analysis, with or without progress, and by the streaming analysis, whose options are those given.</summary>
public sealed class LazyDocumentSequenceTests
{
    private static readonly DetectionOptions WithConsistent = new() { IncludeConsistentComparisons = true };

    private static ClaimDocument[] Documents()
    {
        var mixed = Mixed();
        return
        [
            mixed with { Claims = ValueList.Create(mixed.Claims.AsSpan()[..3]), Denials = [] },
            mixed with
            {
                Actors = [], Sources = [], Incidents = [],
                Claims = ValueList.Create(mixed.Claims.AsSpan()[3..]).Add(Claim("c7", "sohr", "i1", Quantity(Figure("deaths", "people", FigureQualifier.Exact, 10, "ten")))),
            },
        ];
    }

    private static IEnumerable<ClaimDocument> Lazily()
    {
        foreach (var document in Documents())
        {
            yield return document;
        }
    }

    [Fact]
    public void A_lazy_sequence_gives_the_report_of_the_list()
    {
        var expected = ContradictionDetector.Analyze(Documents(), WithConsistent);

        var report = ContradictionDetector.Analyze(Lazily(), WithConsistent);

        Assert.NotEmpty(expected.Findings);
        Assert.True(report.Equals(expected));
    }

    [Fact]
    public void A_lazy_sequence_with_progress_gives_the_report_of_the_list()
    {
        var expected = ContradictionDetector.Analyze(Documents(), WithConsistent);
        var progress = new Recorder<AnalysisProgress>();

        var report = ContradictionDetector.Analyze(Lazily(), WithConsistent, progress);

        Assert.NotEmpty(expected.Findings);
        Assert.True(report.Equals(expected));
        Assert.Equal(new AnalysisProgress(expected.ClaimCount + expected.DenialCount, expected.ClaimCount + expected.DenialCount), progress.Reports[^1]);
    }

    [Fact]
    public void A_lazy_sequence_streamed_gives_the_findings_and_report_of_the_list()
    {
        var expected = ContradictionDetector.Analyze(Documents(), WithConsistent);
        var streamed = new List<Finding>();

        var analysis = DisputeAnalyzer.AnalyzeStreaming(Lazily(), WithConsistent, streamed.Add);

        var sorted = streamed.ToArray();
        FindingOrder.Sort(sorted);
        Assert.Equal(expected.Findings, sorted);
        Assert.NotEmpty(expected.ConsistentComparisons);
        Assert.True((expected with { Findings = [] }).Equals(analysis.Report));
    }

    [Fact]
    public void A_streamed_analysis_keeps_the_budget_given_but_for_the_findings_cap()
    {
        var budget = new DetectionOptions { Budget = new AnalysisBudget { MaxFindings = 1, MaxComparisons = 0 } };
        var expected = ContradictionDetector.Analyze(Documents(), budget with { Budget = budget.Budget! with { MaxFindings = int.MaxValue } });

        var analysis = DisputeAnalyzer.AnalyzeStreaming(Lazily(), budget, _ => { });

        Assert.NotNull(expected.Truncation);
        Assert.True(expected.Truncation!.ComparisonsSkipped > 0);
        Assert.Equal(expected.Truncation, analysis.Report.Truncation);
    }
}
