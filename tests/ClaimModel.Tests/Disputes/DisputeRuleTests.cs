using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Tests.Engine;
using CsCheck;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Disputes;

/// <summary>Statuses, voices, ids and figure ranges of disputes, each rule in both directions.</summary>
public sealed class DisputeRuleTests
{
    private static DisputeReport Analyze(IEnumerable<Claim> claims, IEnumerable<Denial>? denials = null, IEnumerable<Actor>? actors = null, DetectionOptions? options = null)
    {
        var document = Document(claims, denials);
        if (actors is not null)
        {
            document = document with { Actors = ValueList.From(document.Actors.Concat(actors)) };
        }

        return DisputeAnalyzer.Analyze(ContradictionDetector.Analyze(document, options));
    }

    [Fact]
    public void An_accusation_denied_only_by_the_accused_is_denied_by_accused_and_corroborated_with_two_sides_behind_it()
    {
        Denial[] denial = [Denial("d-usa", "usa", "i1", Did("usa"))];

        Assert.Equal(DisputeStatus.DeniedByAccused, Assert.Single(Analyze([Claim("c1", "konashenkov", "i1", Did("usa"))], denial).Disputes).Status);
        var corroborated = Assert.Single(Analyze([Claim("c1", "konashenkov", "i1", Did("usa")), Claim("c2", "sohr", "i1", Did("usa"))], denial).Disputes);
        Assert.Equal(DisputeStatus.Corroborated, corroborated.Status);
        Assert.Equal(2, corroborated.Positions.Single(p => !p.Denies).IndependentVoices);
    }

    [Fact]
    public void A_denial_from_a_side_the_accusation_does_not_name_contests_it()
    {
        var dispute = Assert.Single(Analyze([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d-sohr", "sohr", "i1", Did("usa"))]).Disputes);

        Assert.Equal(DisputeStatus.Contested, dispute.Status);
    }

    [Fact]
    public void Rival_accounts_of_two_sides_are_contested_and_of_one_side_inconsistent()
    {
        Assert.Equal(DisputeStatus.Contested, Assert.Single(Analyze([Claim("c1", "konashenkov", "i1", Did("usa")), Claim("c2", "state-dept", "i1", Did("russia"))]).Disputes).Status);
        var figures = Analyze([
            Claim("c1", "konashenkov", "i1", Quantity(Figure("killed", "people", FigureQualifier.Exact, 5, "5"))),
            Claim("c2", "russia-mod", "i1", Quantity(Figure("killed", "people", FigureQualifier.Exact, 50, "50")))]);
        var dispute = Assert.Single(figures.Disputes);
        Assert.Equal((DisputeQuestion.Count, "killed", DisputeStatus.Inconsistent), (dispute.Question, dispute.Subject, dispute.Status));
    }

    [Fact]
    public void A_side_denying_its_own_account_is_self_contradicted()
    {
        var dispute = Assert.Single(Analyze([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "russia-mod", "i1", Did("usa"))]).Disputes);

        Assert.Equal(DisputeStatus.SelfContradicted, dispute.Status);
    }

    [Fact]
    public void A_spokesperson_and_the_body_it_speaks_for_are_one_voice_and_members_of_a_side_are_not()
    {
        Denial[] denial = [Denial("d-usa", "usa", "i1", Did("usa"))];

        // konashenkov is spokesperson-for russia-mod: one voice, so still one voice behind the account.
        var one = Assert.Single(Analyze([Claim("c1", "konashenkov", "i1", Did("usa")), Claim("c2", "russia-mod", "i1", Did("usa"))], denial).Disputes);
        Assert.Equal(1, one.Positions.Single(p => !p.Denies).IndependentVoices);
        Assert.Equal(DisputeStatus.DeniedByAccused, one.Status);

        // russia-mod is part-of russia: a side, not a voice — two voices (still one side, so not corroborated).
        var two = Assert.Single(Analyze([Claim("c1", "russia", "i1", Did("usa")), Claim("c2", "russia-mod", "i1", Did("usa"))], denial).Disputes);
        Assert.Equal(2, two.Positions.Single(p => !p.Denies).IndependentVoices);
        Assert.Equal(DisputeStatus.DeniedByAccused, two.Status);
    }

    [Fact]
    public void A_probable_identity_joins_voices_and_says_so_unless_the_policy_keeps_them_apart()
    {
        Actor[] unnamed = [new Actor { Id = "an-official", Description = "a senior official", Kind = ActorKind.Person, SameAs = [new IdentityLink { Actor = "sohr", Certainty = IdentityCertainty.Probable }] }];
        Claim[] claims = [Claim("c1", "sohr", "i1", Did("usa")), Claim("c2", "an-official", "i1", Did("usa"))];
        Denial[] denial = [Denial("d-usa", "usa", "i1", Did("usa"))];

        var joined = Assert.Single(Analyze(claims, denial, unnamed).Disputes).Positions.Single(p => !p.Denies);
        Assert.True(Assert.Single(joined.Voices).Probable);

        var apart = Assert.Single(Analyze(claims, denial, unnamed, new DetectionOptions { Voices = VoicePolicy.Default with { JoinProbableIdentities = false } }).Disputes);
        Assert.Equal(2, apart.Positions.Single(p => !p.Denies).IndependentVoices);
    }

    [Fact]
    public void Every_finding_lands_in_the_dispute_its_id_names()
    {
        var report = ContradictionDetector.Analyze(ReportingSample());
        var disputes = DisputeAnalyzer.Analyze(report);

        Assert.All(report.Findings, f => Assert.Contains(f.Id, Assert.Single(disputes.Disputes, d => d.Id == DisputeAnalyzer.DisputeIdOf(f)).Findings));
        Assert.Equal(report.Findings.Count, disputes.Disputes.Sum(d => d.Findings.Count));
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void Disputes_and_their_ids_do_not_depend_on_input_order_or_on_batch_versus_incremental()
    {
        RandomDocuments.Gen.Sample(sample =>
        {
            var batch = DisputeAnalyzer.Analyze(ContradictionDetector.Analyze(sample.Document));
            var shuffled = DisputeAnalyzer.Analyze(ContradictionDetector.Analyze(RandomDocuments.Shuffle(sample.Document, sample.Seed)));
            var index = new ContradictionIndex();
            index.AddDocument(sample.Document with { Claims = [], Denials = [] });
            foreach (var denial in sample.Document.Denials)
            {
                index.AddDenial(denial);
            }

            foreach (var claim in sample.Document.Claims.Reverse())
            {
                index.AddClaim(claim);
            }

            Assert.Equal(batch, shuffled);
            Assert.Equal(batch, DisputeAnalyzer.Analyze(index.GetReport()));
        }, iter: 200, threads: 1);
    }

    [Fact]
    public void A_running_total_ranges_over_each_voices_latest_count()
    {
        Claim Toll(string id, string claimant, decimal value, int day) =>
            Claim(id, claimant, "i1", Quantity(Figure("killed", "people", FigureQualifier.Exact, value, value.ToString(System.Globalization.CultureInfo.InvariantCulture)) with { Cumulative = true, AsOf = Day(2016, 2, day, "Asia/Damascus", 2) }));

        var range = Assert.Single(Analyze([Toll("c1", "sohr", 27, 10), Toll("c2", "sohr", 55, 12), Toll("c3", "syria", 40, 11)]).Incidents.SelectMany(i => i.Figures));

        Assert.True(range.Cumulative);
        Assert.Equal((40d, 47.5d, 55d), (range.Low!.Value, range.Best!.Value, range.High!.Value));
        Assert.Equal(["c2", "c3"], range.Claims);
        Assert.Equal(["syria"], range.LowVoices);
        Assert.Equal(["sohr"], range.HighVoices);
    }

    [Fact]
    public void Deliberate_and_accidental_are_two_answers_of_an_intent_dispute()
    {
        var dispute = Assert.Single(Analyze([
            Claim("c1", "sohr", "i1", new ResponsibilityStatement { Actors = ["usa"], Intent = Intent.Deliberate }),
            Claim("c2", "state-dept", "i1", new ResponsibilityStatement { Actors = ["usa"], Intent = Intent.Accidental })]).Disputes);

        Assert.Equal((DisputeQuestion.Intent, "usa", DisputeStatus.Contested), (dispute.Question, dispute.Subject, dispute.Status));
        Assert.Equal(["acted by accident", "acted deliberately"], dispute.Positions.Select(p => p.Answer));
    }

    private static ClaimDocument ReportingSample() => Reporting.SampleReport.Document();
}
