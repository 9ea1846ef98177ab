using System.Globalization;
using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Synthetic;

namespace ClaimModel.Benchmarks;

/// <summary>The <c>--tracker [incidents]</c> mode: the fan-out corpus (<see cref="FanOutCorpus"/>) added to an index
/// with a <see cref="DisputeTracker"/> made for it, then one supersede, one retraction and one late identity link, each
/// taken in by the tracker (<see cref="DisputeTracker.Add"/> / <see cref="DisputeTracker.Update"/>) and compared with
/// what the same change cost before the tracker read the index's changes: the report and a
/// <see cref="DisputeTracker.Reset"/> from it. Each step timed once (<see cref="SingleRun"/>).</summary>
public static class TrackerRun
{
    /// <summary>Builds, adds, measures and prints; returns the process exit code (1 when the tracker and the batch
    /// disputes of the report differ at the end).</summary>
    /// <param name="incidents">The number of incidents.</param>
    /// <param name="output">Where to print.</param>
    public static int Run(int incidents, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        // An unnamed official accuses in incident 0 (added first, so that no budget leaves its findings out); an
        // identity link later joins it with a named official.
        var corpus = FanOutCorpus.Generate(incidents);
        var unnamed = corpus.Claims[2] with { Id = "c-0-unnamed", Claimant = "an-official" };
        var document = corpus with { Claims = [unnamed, .. corpus.Claims] };
        var index = new ContradictionIndex();
        var tracker = new DisputeTracker(index);
        IReadOnlyList<Finding> findings = [];
        var added = SingleRun.Measure(() => findings = index.AddDocument(document));
        // Finding ids are computed when first read: the first tracker pays for them, so each tracker is measured
        // after they were read.
        _ = findings.Sum(f => f.Id.Length);
        // Each tracker is fed the findings, then its disputes are read once (a dispute places the findings it holds when
        // read), so the two measure the same work.
        var fed = SingleRun.Measure(() =>
        {
            var alone = new DisputeTracker();
            alone.Add(findings);
            _ = alone.Disputes.Count;
        });
        var tracked = SingleRun.Measure(() =>
        {
            tracker.Add(findings);
            _ = tracker.Disputes.Count;
        });
        Print(output, $"fan-out {incidents:N0} incidents, {document.Claims.Count:N0} claims: added in {added}; {tracker.Disputes.Count:N0} disputes, {tracker.FindingCount:N0} findings");
        Print(output, $"  tracked by DisputeTracker(index), disputes read: {tracked}");
        Print(output, $"  fed to DisputeTracker(), disputes read:          {fed}");

        // c-0-0 is an accusation of incident 0: the same official says it again, superseding it (its findings leave,
        // the new claim's come in).
        var first = corpus.Claims[0];
        var supersede = first with { Id = "c-0-0-again", Supersedes = [first.Id] };
        DisputeUpdate? update = null;
        var superseded = SingleRun.Measure(() => update = tracker.Add(index.AddClaim(supersede)));
        Print(output, $"supersede add, tracked: {superseded}; changed {update!.Changed.Count}, removed {update.Removed.Count}");
        Compare(output, index, tracker);

        var retraction = corpus.Claims[1] with { Id = "c-0-1-withdrawn", Statements = [new TextStatement { Text = "we withdraw it" }], Retracts = [corpus.Claims[1].Id] };
        var retracted = SingleRun.Measure(() => update = tracker.Add(index.AddClaim(retraction)));
        Print(output, $"retraction add, tracked: {retracted}; changed {update!.Changed.Count}, removed {update.Removed.Count}");
        Compare(output, index, tracker);

        var link = new Actor { Id = "an-official", Description = "an official", Kind = ActorKind.Person, SameAs = [new IdentityLink { Actor = corpus.Claims[2].Claimant, Certainty = IdentityCertainty.Confirmed }] };
        var linked = SingleRun.Measure(() =>
        {
            index.AddActor(link);
            update = tracker.Update();
        });
        Print(output, $"late identity link of one official (AddActor + Update): {linked}; changed {update!.Changed.Count}");
        Compare(output, index, tracker);

        // Two states found to be one voice: every dispute where their officials speak changes.
        var states = document.Actors.First(a => a.Id == "state-a") with { SameAs = [new IdentityLink { Actor = "state-b", Certainty = IdentityCertainty.Probable }] };
        var merged = SingleRun.Measure(() =>
        {
            index.AddActor(states);
            update = tracker.Update();
        });
        Print(output, $"late identity link of two states (AddActor + Update): {merged}; changed {update!.Changed.Count}");
        Compare(output, index, tracker);

        var equal = DisputeAnalyzer.Analyze(index.GetReport()).Disputes.Equals(tracker.Disputes);
        Print(output, $"tracker equals the disputes of the report: {equal}");
        return equal ? 0 : 1;
    }

    /// <summary>What taking the last change in cost without the change log: the report, then a reset from it.</summary>
    private static void Compare(TextWriter output, ContradictionIndex index, DisputeTracker tracker)
    {
        var other = new DisputeTracker();
        ContradictionReport? report = null;
        var reported = SingleRun.Measure(() => report = index.GetReport());
        other.Reset(report!);
        var reset = SingleRun.Measure(() => other.Reset(report!));
        Print(output, $"  instead: GetReport {reported}; Reset {reset}");
        if (!other.Disputes.Equals(tracker.Disputes))
        {
            Print(output, $"  the reset tracker differs");
        }
    }

    private static void Print(TextWriter output, FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
