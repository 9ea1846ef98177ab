using ClaimModel.Cli;
using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Tests.Engine;
using ClaimModel.Tests.SeedReport;
using CsCheck;

namespace ClaimModel.Tests.Disputes;

/// <summary><see cref="DisputeTracker"/>: after any add order its disputes are those of the batch report, ids and
/// content, and each add names the disputes it created or changed.</summary>
public sealed class DisputeTrackerTests
{
    [Fact]
    public void After_any_add_order_the_tracked_disputes_equal_the_batch_disputes_and_each_add_names_what_it_touched()
    {
        RandomDocuments.Gen.Sample(sample =>
        {
            var batch = DisputeAnalyzer.Analyze(ContradictionDetector.Analyze(sample.Document)).Disputes;
            var index = new ContradictionIndex();
            index.AddDocument(sample.Document with { Claims = [], Denials = [] });
            var tracker = new DisputeTracker();
            var random = new Random(sample.Seed);
            var adds = sample.Document.Claims.Select(c => (Func<IReadOnlyList<Finding>>)(() => index.AddClaim(c)))
                .Concat(sample.Document.Denials.Select(d => (Func<IReadOnlyList<Finding>>)(() => index.AddDenial(d))))
                .OrderBy(_ => random.Next())
                .ToList();

            foreach (var add in adds)
            {
                var known = tracker.Disputes.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
                var fresh = add();
                var update = tracker.Add(fresh);

                var touched = fresh.Select(DisputeAnalyzer.DisputeIdOf).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
                Assert.Equal(touched.Where(id => !known.Contains(id)), update.Created);
                Assert.Equal(touched.Where(known.Contains), update.Changed);
            }

            Assert.Equal(Json(batch), Json(tracker.Disputes));
            Assert.Equal(batch, tracker.Disputes);
            Assert.Equal(DisputeAnalyzer.Analyze(index.GetReport()).Disputes, tracker.Disputes);
            Assert.Equal(index.GetReport().Findings.Count, tracker.FindingCount);
        }, iter: 200, threads: 1);
    }

    private static string Json(ValueList<Dispute> disputes) => System.Text.Json.JsonSerializer.Serialize(disputes, ClaimModel.Serialization.ClaimJson.Options);

    [Fact]
    public void The_seeds_added_one_claim_at_a_time_in_reverse_give_the_batch_disputes()
    {
        var document = SeedAnalysis.Document;
        var index = new ContradictionIndex(AnalyzeCommand.Options);
        var tracker = new DisputeTracker();
        tracker.Add(index.AddDocument(document with { Claims = [], Denials = [] }));
        var updates = new List<DisputeUpdate>();
        foreach (var denial in document.Denials.Reverse())
        {
            updates.Add(tracker.Add(index.AddDenial(denial)));
        }

        foreach (var claim in document.Claims.Reverse())
        {
            updates.Add(tracker.Add(index.AddClaim(claim)));
        }

        var batch = DisputeAnalyzer.Analyze(SeedAnalysis.Outcome).Disputes;
        Assert.Equal(batch, tracker.Disputes);
        Assert.Equal(batch.Select(d => d.Id).Order(StringComparer.Ordinal), updates.SelectMany(u => u.Created).Order(StringComparer.Ordinal));
        Assert.Equal(batch[0], tracker.Get(batch[0].Id));
        Assert.Null(tracker.Get("dsp-0000000000000000"));
    }

    [Fact]
    public void Feeding_a_finding_twice_counts_it_once()
    {
        var tracker = new DisputeTracker();
        var findings = SeedAnalysis.Outcome.Findings;

        tracker.Add(findings);
        var again = tracker.Add(findings);

        Assert.True(again.IsEmpty);
        Assert.Equal(findings.Count, tracker.FindingCount);
        Assert.Equal(DisputeAnalyzer.Analyze(SeedAnalysis.Outcome).Disputes, tracker.Disputes);
    }

    [Fact]
    public void A_revision_findings_do_not_show_is_taken_in_by_a_reset_from_the_report()
    {
        var document = SeedAnalysis.Document;
        var index = new ContradictionIndex();
        var tracker = new DisputeTracker();
        tracker.Add(index.AddDocument(document));
        var revised = SeedAnalysis.Outcome.Findings.First(f => f.Kind == FindingKind.Denial).Participants.First(p => p.Role == ParticipantRole.Claim);
        var claim = SeedAnalysis.Claim(revised.Id);
        var retraction = claim with { Id = "c-retraction", Statements = [new TextStatement { Text = "we withdraw it" }], Retracts = [claim.Id], Supersedes = [] };

        tracker.Add(index.AddClaim(retraction));
        Assert.NotEqual(DisputeAnalyzer.Analyze(index.GetReport()).Disputes, tracker.Disputes);
        var update = tracker.Reset(index.GetReport());

        Assert.Equal(DisputeAnalyzer.Analyze(index.GetReport()).Disputes, tracker.Disputes);
        Assert.Empty(update.Created);
    }
}
