using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Tests.SeedReport;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Disputes;

/// <summary><see cref="DisputeTracker"/> made for an index: what findings do not show — a claim superseded or
/// retracted, an identity link added after the claims it joins — reaches the disputes without a reset, and the update
/// says which disputes changed or went.</summary>
public sealed class DisputeTrackerChangeTests
{
    private static readonly Claim Ten = Claim("c-sohr", "sohr", "i1", Quantity(Figure("killed", "people", FigureQualifier.Exact, 10, "10 killed")));
    private static readonly Claim Forty = Claim("c-syria", "syria", "i1", Quantity(Figure("killed", "people", FigureQualifier.Exact, 40, "40 killed")));

    [Fact]
    public void A_retraction_that_empties_a_dispute_removes_it_and_the_update_says_so()
    {
        var (index, tracker) = Tracked(Ten, Forty);
        var dispute = Assert.Single(tracker.Disputes);

        var update = tracker.Add(index.AddClaim(Retraction("c-retract", Ten)));

        Assert.Empty(tracker.Disputes);
        Assert.Equal([dispute.Id], update.Removed);
        Assert.Empty(update.Changed);
        Assert.Empty(update.Created);
        Assert.Null(tracker.Get(dispute.Id));
        Assert.Equal(0, tracker.FindingCount);
    }

    [Fact]
    public void A_retraction_of_one_account_of_several_changes_the_dispute_and_keeps_it()
    {
        var thirty = Claim("c-observatory", "coalition", "i1", Quantity(Figure("killed", "people", FigureQualifier.Exact, 30, "30 killed")));
        var (index, tracker) = Tracked(Ten, Forty, thirty);
        var before = Assert.Single(tracker.Disputes);

        var update = tracker.Add(index.AddClaim(Retraction("c-retract", Ten)));

        var after = Assert.Single(tracker.Disputes);
        Assert.Equal([before.Id], update.Changed);
        Assert.Empty(update.Removed);
        Assert.Equal(3, before.Findings.Count);
        Assert.Single(after.Findings);
        Assert.Equal(DisputeAnalyzer.Analyze(index.GetReport()).Disputes, tracker.Disputes);
    }

    [Fact]
    public void A_supersede_whose_new_claim_agrees_removes_the_dispute_and_one_that_still_disagrees_changes_it()
    {
        var (index, tracker) = Tracked(Ten, Forty);
        var id = Assert.Single(tracker.Disputes).Id;
        var agrees = Ten with { Id = "c-sohr-2", Statements = Forty.Statements, Supersedes = [Ten.Id] };

        var removed = tracker.Add(index.AddClaim(agrees));

        Assert.Equal([id], removed.Removed);
        Assert.Empty(tracker.Disputes);

        var (other, kept) = Tracked(Ten, Forty);
        var disagrees = Ten with { Id = "c-sohr-2", Statements = [Quantity(Figure("killed", "people", FigureQualifier.Exact, 12, "12 killed"))], Supersedes = [Ten.Id] };

        var changed = kept.Add(other.AddClaim(disagrees));

        Assert.Equal([id], changed.Changed);
        Assert.Empty(changed.Removed);
        var dispute = Assert.Single(kept.Disputes);
        Assert.Contains(dispute.Positions, p => p.Voices.Any(v => v.Statements.Contains("c-sohr-2")));
        Assert.DoesNotContain(dispute.Positions, p => p.Voices.Any(v => v.Statements.Contains(Ten.Id)));
        Assert.Equal(DisputeAnalyzer.Analyze(other.GetReport()).Disputes, kept.Disputes);
    }

    [Fact]
    public void A_claim_superseded_before_it_arrives_never_enters_a_dispute()
    {
        var (index, tracker) = Tracked(Forty, Ten with { Id = "c-sohr-2", Supersedes = [Ten.Id] });
        var before = tracker.Disputes;

        var update = tracker.Add(index.AddClaim(Ten));

        Assert.True(update.IsEmpty);
        Assert.Equal(before, tracker.Disputes);
        Assert.DoesNotContain(tracker.Disputes.SelectMany(d => d.Findings), f => index.GetReport().Findings.All(r => r.Id != f));
    }

    [Fact]
    public void A_late_identity_link_merging_two_voices_changes_a_position_s_independent_voices()
    {
        // sohr and an unnamed official both say 10; syria says 40: the position "10" has two voices, until an identity
        // link (added after the claims) makes the official one voice with sohr.
        var official = Claim("c-official", "an-official", "i1", Ten.Statements[0]);
        var (index, tracker) = Tracked(Ten, official, Forty);
        Assert.Equal(2, TenPosition(tracker).IndependentVoices);
        var link = new Actor { Id = "an-official", Description = "a senior official", Kind = ActorKind.Person, SameAs = [new IdentityLink { Actor = "sohr", Certainty = IdentityCertainty.Probable }] };

        index.AddActor(link);
        var update = tracker.Update();

        var joined = Assert.Single(TenPosition(tracker).Voices);
        Assert.True(joined.Probable);
        Assert.Equal(["an-official", "sohr"], joined.Claimants);
        Assert.Equal([Assert.Single(tracker.Disputes).Id], update.Changed);
        Assert.Equal(DisputeAnalyzer.Analyze(index.GetReport()).Disputes, tracker.Disputes);
        Assert.Equal(DisputeAnalyzer.Analyze(ContradictionDetector.Analyze(Document([Ten, official, Forty]) with { Actors = [.. Actors(), link] })).Disputes, tracker.Disputes);
    }

    [Fact]
    public void Changes_reach_disputes_whose_findings_were_never_read()
    {
        // An add only holds its findings in their disputes; a change must still find the disputes through the claims
        // and claimants of findings no read has placed yet.
        var official = Claim("c-official", "an-official", "i1", Ten.Statements[0]);
        var (index, tracker) = Tracked(Ten, official, Forty);
        var link = new Actor { Id = "an-official", Description = "a senior official", Kind = ActorKind.Person, SameAs = [new IdentityLink { Actor = "sohr", Certainty = IdentityCertainty.Probable }] };
        var id = Assert.Single(DisputeAnalyzer.Analyze(index.GetReport()).Disputes).Id;

        index.AddActor(link);
        var revoiced = tracker.Update();
        var retracted = tracker.Add(index.AddClaim(Retraction("c-retract", official)));

        Assert.Equal([id], revoiced.Changed);
        Assert.Equal([id], retracted.Changed);
        Assert.Equal(DisputeAnalyzer.Analyze(index.GetReport()).Disputes, tracker.Disputes);
        Assert.Equal(["sohr"], Assert.Single(TenPosition(tracker).Voices).Claimants);
    }

    [Fact]
    public void An_identity_link_between_actors_that_speak_in_no_dispute_changes_nothing()
    {
        var (index, tracker) = Tracked(Ten, Forty);
        var before = tracker.Disputes;

        index.AddActor(new Actor { Id = "an-official", Description = "a senior official", Kind = ActorKind.Person, SameAs = [new IdentityLink { Actor = "usa", Certainty = IdentityCertainty.Confirmed }] });
        var update = tracker.Update();

        Assert.True(update.IsEmpty);
        Assert.Equal(before, tracker.Disputes);
    }

    [Fact]
    public void A_probable_link_added_late_changes_nothing_when_the_policy_joins_only_confirmed_identities()
    {
        var official = Claim("c-official", "an-official", "i1", Ten.Statements[0]);
        var (index, tracker) = Tracked(new DetectionOptions { Voices = VoicePolicy.Default with { JoinProbableIdentities = false } }, Ten, official, Forty);

        index.AddActor(new Actor { Id = "an-official", Description = "a senior official", Kind = ActorKind.Person, SameAs = [new IdentityLink { Actor = "sohr", Certainty = IdentityCertainty.Probable }] });

        Assert.True(tracker.Update().IsEmpty);
        Assert.Equal(2, TenPosition(tracker).IndependentVoices);
    }

    [Fact]
    public void A_document_adding_an_identity_link_re_voices_the_claims_before_it_at_its_add()
    {
        var official = Claim("c-official", "an-official", "i1", Ten.Statements[0]);
        var (index, tracker) = Tracked(Ten, official);
        var link = new Actor { Id = "an-official", Description = "a senior official", Kind = ActorKind.Person, SameAs = [new IdentityLink { Actor = "sohr", Certainty = IdentityCertainty.Confirmed }] };

        var update = tracker.Add(index.AddDocument(new ClaimDocument { Actors = [link], Claims = [Forty] }));

        Assert.Equal([Assert.Single(tracker.Disputes).Id], update.Created);
        Assert.Single(TenPosition(tracker).Voices);
        Assert.Equal(DisputeAnalyzer.Analyze(index.GetReport()).Disputes, tracker.Disputes);
    }

    [Fact]
    public void A_tracker_fed_findings_alone_is_caught_up_by_a_reset_which_names_the_disputes_gone()
    {
        var index = new ContradictionIndex();
        var tracker = new DisputeTracker();
        tracker.Add(index.AddDocument(Document([Ten, Forty])));
        var id = Assert.Single(tracker.Disputes).Id;

        Assert.True(tracker.Add(index.AddClaim(Retraction("c-retract", Ten))).IsEmpty);
        Assert.Single(tracker.Disputes);
        var update = tracker.Reset(index.GetReport());

        Assert.Empty(tracker.Disputes);
        Assert.Equal([id], update.Removed);
        Assert.Throws<InvalidOperationException>(() => tracker.Update());
    }

    [Fact]
    public void The_seeds_retracted_one_claim_at_a_time_leave_the_disputes_of_the_report_each_time()
    {
        var document = SeedAnalysis.Document;
        var index = new ContradictionIndex();
        var tracker = new DisputeTracker(index);
        tracker.Add(index.AddDocument(document));
        var initial = tracker.Disputes;
        var disputed = index.GetReport().Findings.SelectMany(f => f.Participants).Where(p => p.Role == ParticipantRole.Claim).Select(p => p.Id).Distinct().Order(StringComparer.Ordinal).ToList();

        var removed = new List<string>();
        foreach (var id in disputed)
        {
            var update = tracker.Add(index.AddClaim(Retraction("retracts-" + id, SeedAnalysis.Claim(id))));
            removed.AddRange(update.Removed);
            Assert.Equal(DisputeAnalyzer.Analyze(index.GetReport()).Disputes, tracker.Disputes);
        }

        Assert.Empty(tracker.Disputes);
        Assert.NotEmpty(initial);
        Assert.Equal(initial.Select(d => d.Id).Order(StringComparer.Ordinal), removed.Order(StringComparer.Ordinal));
    }

    private static DisputePosition TenPosition(DisputeTracker tracker) =>
        Assert.Single(Assert.Single(tracker.Disputes).Positions, p => p.Voices.Any(v => v.Statements.Contains(Ten.Id)));

    private static Claim Retraction(string id, Claim retracted) =>
        retracted with { Id = id, Statements = [new TextStatement { Text = "we withdraw it" }], Retracts = [retracted.Id], Supersedes = [] };

    private static (ContradictionIndex Index, DisputeTracker Tracker) Tracked(params Claim[] claims) => Tracked(null, claims);

    private static (ContradictionIndex Index, DisputeTracker Tracker) Tracked(DetectionOptions? options, params Claim[] claims)
    {
        var index = new ContradictionIndex(options);
        var tracker = new DisputeTracker(index);
        tracker.Add(index.AddDocument(Document(claims)));
        return (index, tracker);
    }
}
