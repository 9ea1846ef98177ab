using ClaimModel.Engine;
using ClaimModel.Tests.Support;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The progress overloads report once at the start and once per run of records actually added — none for a
/// document without claims or denials — and check a cancellable token even when no progress is asked for.</summary>
public sealed class ProgressRunsTests
{
    [Fact]
    public void Progress_is_reported_once_per_run_added_and_not_for_empty_parts()
    {
        var progress = new Recorder<AnalysisProgress>();

        ContradictionDetector.Analyze([Document(denials: [Denial("d1", "usa", "i1", Did("usa"))]), Document(), Document([Claim("c1", "konashenkov", "i1", Did("usa"))])], null, progress);

        Assert.Equal([new AnalysisProgress(0, 2), new AnalysisProgress(1, 2), new AnalysisProgress(2, 2)], progress.Reports);
    }

    [Fact]
    public void A_cancelled_token_without_progress_stops_the_analysis()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ContradictionDetector.Analyze(Mixed(), null, null, cancel.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ContradictionDetector.Analyze([Mixed()], null, null, cancel.Token));
    }

    [Fact]
    public void Without_progress_or_cancellation_the_report_is_the_batch_report()
    {
        Assert.True(ContradictionDetector.Analyze(Mixed()).Equals(ContradictionDetector.Analyze(Mixed(), null, null)));
    }
}
