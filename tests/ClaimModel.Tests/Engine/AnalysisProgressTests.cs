using ClaimModel.Engine;
using ClaimModel.Synthetic;
using ClaimModel.Tests.Support;

namespace ClaimModel.Tests.Engine;

/// <summary>The cancellable, progress-reporting <see cref="ContradictionDetector"/> overloads give the batch report,
/// tell how far they have got and stop when cancelled.</summary>
public sealed class AnalysisProgressTests
{
    private static readonly ClaimDocument Corpus = SyntheticCorpus.Generate(10_000, seed: 5);

    /// <summary>The corpus as two documents: the claims split unevenly, the denials in the second.</summary>
    private static readonly ClaimDocument[] Split =
    [
        Corpus with { Claims = ValueList.Create(Corpus.Claims.AsSpan()[..5_000]), Denials = [] },
        Corpus with { Actors = [], Sources = [], Incidents = [], Claims = ValueList.Create(Corpus.Claims.AsSpan()[5_000..]) },
    ];

    [Fact]
    public void With_progress_the_report_equals_the_batch_report()
    {
        var batch = ContradictionDetector.Analyze(Split, DetectionOptions.Default);

        var withProgress = ContradictionDetector.Analyze(Split, DetectionOptions.Default, new Recorder<AnalysisProgress>());
        using var cancel = new CancellationTokenSource();
        var cancellable = ContradictionDetector.Analyze(Corpus, null, null, cancel.Token);

        Assert.True(batch.Findings.Count > 100);
        Assert.Equal(batch, withProgress);
        Assert.Equal(ContradictionDetector.Analyze(Corpus), cancellable);
    }

    [Fact]
    public void Progress_starts_at_zero_grows_by_at_most_a_stride_and_ends_at_the_record_count()
    {
        var progress = new Recorder<AnalysisProgress>();
        var total = Corpus.Claims.Count + Corpus.Denials.Count;

        ContradictionDetector.Analyze(Split, null, progress);

        Assert.Equal(new AnalysisProgress(0, total), progress.Reports[0]);
        Assert.Equal(new AnalysisProgress(total, total), progress.Reports[^1]);
        Assert.All(progress.Reports, r => Assert.Equal(total, r.RecordCount));
        Assert.All(progress.Reports.Zip(progress.Reports.Skip(1)), pair =>
            Assert.InRange(pair.Second.RecordsAdded - pair.First.RecordsAdded, 1, ContradictionDetector.ProgressStride));

        // 5,000 claims: 2 runs; 5,000 claims: 2 runs; the denials: 1 run (fewer than a stride).
        Assert.Equal(1 + 2 + 2 + 1, progress.Reports.Count);
    }

    [Fact]
    public void Cancelling_stops_the_analysis_with_operation_canceled()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new Recorder<AnalysisProgress>(r =>
        {
            if (r.RecordsAdded > 0)
            {
                cancel.Cancel();
            }
        });

        Assert.ThrowsAny<OperationCanceledException>(() => ContradictionDetector.Analyze(Corpus, null, progress, cancel.Token));
        Assert.Equal(2, progress.Reports.Count);
        Assert.Equal(ContradictionDetector.ProgressStride, progress.Reports[1].RecordsAdded);
    }

    [Fact]
    public void A_cancelled_token_stops_before_any_work()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var progress = new Recorder<AnalysisProgress>();

        Assert.ThrowsAny<OperationCanceledException>(() => ContradictionDetector.Analyze([Corpus], null, progress, cancel.Token));
        Assert.Empty(progress.Reports);
    }

    [Fact]
    public void A_null_document_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => ContradictionDetector.Analyze([Corpus, null!], null, new Recorder<AnalysisProgress>()));
        Assert.Throws<ArgumentNullException>(() => ContradictionDetector.Analyze((ClaimDocument)null!, null, new Recorder<AnalysisProgress>()));
        Assert.Equal("documents", Assert.Throws<ArgumentNullException>(() => ContradictionDetector.Analyze((IEnumerable<ClaimDocument>)null!)).ParamName);
    }
}
