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
    [Trait("Category", "Heavy")]
    public void After_any_add_order_with_revisions_and_late_identity_links_the_tracked_disputes_equal_those_of_the_report_after_every_add()
    {
        RandomDocuments.Gen.Sample(sample =>
        {
            var random = new Random(sample.Seed);
            var document = WithRevisions(sample.Document, random);
            var late = LateActors.Where(_ => random.Next(3) > 0).ToList();
            var index = new ContradictionIndex();
            index.AddDocument(document with { Claims = [], Denials = [] });
            var tracker = new DisputeTracker(index);
            var fed = new DisputeTracker();
            var adds = document.Claims.Select(c => (Func<IReadOnlyList<Finding>?>)(() => index.AddClaim(c)))
                .Concat(document.Denials.Select(d => (Func<IReadOnlyList<Finding>?>)(() => index.AddDenial(d))))
                .Concat(late.Select(a => (Func<IReadOnlyList<Finding>?>)(() =>
                {
                    index.AddActor(a);
                    return null;
                })))
                .OrderBy(_ => random.Next())
                .ToList();

            foreach (var add in adds)
            {
                var before = tracker.Disputes.ToDictionary(d => d.Id, StringComparer.Ordinal);
                var fresh = add();
                var update = fresh is null ? tracker.Update() : tracker.Add(fresh);
                fed.Add(fresh ?? []);

                var expected = DisputeAnalyzer.Analyze(index.GetReport()).Disputes;
                Assert.Equal(Json(expected), Json(tracker.Disputes));
                Assert.Equal(expected, tracker.Disputes);
                var after = expected.ToDictionary(d => d.Id, StringComparer.Ordinal);
                Assert.Equal(after.Keys.Where(id => !before.ContainsKey(id)).Order(StringComparer.Ordinal), update.Created);
                Assert.Equal(after.Keys.Where(id => before.TryGetValue(id, out var old) && !old.Equals(after[id])).Order(StringComparer.Ordinal), update.Changed);
                Assert.Equal(before.Keys.Where(id => !after.ContainsKey(id)).Order(StringComparer.Ordinal), update.Removed);
            }

            Assert.Equal(index.GetReport().Findings.Count, tracker.FindingCount);
            Assert.True(tracker.Update().IsEmpty);

            // Identity links change voices only: the batch of the final records gives the same disputes (a late
            // affiliation also changes sides, which the index reads when a claim is added).
            if (!late.Contains(LateSpokesperson))
            {
                var actors = document.Actors.Select(a => late.LastOrDefault(l => l.Id == a.Id) ?? a);
                Assert.Equal(DisputeAnalyzer.Analyze(ContradictionDetector.Analyze(document with { Actors = ValueList.From(actors) })).Disputes, tracker.Disputes);
            }

            // A tracker fed the findings alone catches up with a reset.
            fed.Reset(index.GetReport());
            Assert.Equal(tracker.Disputes, fed.Disputes);
        }, iter: 200, threads: 1);
    }

    private static readonly Actor LateSpokesperson = Build.Actor("syria", ("russia", AffiliationRelation.SpokespersonFor));

    /// <summary>Identity links added after the claims: three that join voices only, and a spokesperson affiliation,
    /// which joins voices and changes a side.</summary>
    private static readonly Actor[] LateActors =
    [
        Build.Actor("state-dept", ("usa", AffiliationRelation.PartOf)) with { SameAs = [new IdentityLink { Actor = "usa", Certainty = IdentityCertainty.Confirmed }] },
        Build.Actor("sohr") with { SameAs = [new IdentityLink { Actor = "syria", Certainty = IdentityCertainty.Probable }] },
        Build.Actor("us-air-force", ("usa", AffiliationRelation.PartOf)) with { SameAs = [new IdentityLink { Actor = "state-dept", Certainty = IdentityCertainty.Probable }] },
        LateSpokesperson,
    ];

    /// <summary>Some claims supersede or retract another (or an id no claim has, or themselves), and a few retractions
    /// that say nothing else.</summary>
    private static ClaimDocument WithRevisions(ClaimDocument document, Random random)
    {
        var count = document.Claims.Count;
        string Other() => "c" + random.Next(count + 1);
        var claims = document.Claims.Select(c => random.Next(6) switch
        {
            0 => c with { Supersedes = [Other()] },
            1 => c with { Retracts = [Other()] },
            _ => c,
        }).ToList();
        for (var i = random.Next(3); i > 0; i--)
        {
            var retracted = document.Claims[random.Next(count)];
            claims.Add(retracted with { Id = "r" + i, Statements = [new TextStatement { Text = "we withdraw it" }], Retracts = [retracted.Id], Supersedes = [] });
        }

        return document with { Claims = ValueList.From(claims) };
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
}
