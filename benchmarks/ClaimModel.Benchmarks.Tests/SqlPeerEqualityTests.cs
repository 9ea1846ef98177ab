using ClaimModel.Benchmarks.SqlPeer;
using ClaimModel.Engine;

namespace ClaimModel.Benchmarks.Tests;

/// <summary>The SQL peer reports the engine's findings of the kinds it covers, pair for pair (kind, severity,
/// incident and both participants), on the benchmark corpus and on a small document that reaches the rules the
/// corpus does not (statement positions, general denials, target and intent rules, the figure qualifiers).</summary>
public sealed class SqlPeerEqualityTests
{
    [Fact]
    public void The_peer_finds_the_engines_findings_on_the_10k_benchmark_corpus()
    {
        var document = Corpus.Generate(10_000);
        var expected = SqlPeerKinds.EngineFindings(ContradictionDetector.Analyze(document));
        using var peer = DuckDbPeer.Load(document);

        var count = peer.Run(2);
        var actual = peer.ReadFindings();

        var diff = FindingSetDiff.Compare(expected, actual);
        Assert.True(diff.IsEmpty, "the SQL peer's findings differ from the engine's:\n" + diff.Describe("engine", "SQL peer"));
        Assert.Equal(actual.Count, count);
        // The corpus reaches every covered kind but discrepancies; a peer finding nothing would not pass.
        foreach (var kind in new[] { FindingKind.Denial, FindingKind.SelfContradiction, FindingKind.ConflictingResponsibility, FindingKind.FigureConflict })
        {
            Assert.Contains(actual, f => f.Kind == kind);
        }
    }

    [Fact]
    public void One_thread_and_two_threads_give_the_same_findings_in_the_same_order()
    {
        using var peer = DuckDbPeer.Load(Corpus.Generate(2_000));

        peer.Run(1);
        var one = peer.ReadFindings();
        peer.Run(2);
        var two = peer.ReadFindings();

        Assert.NotEmpty(one);
        Assert.Equal(one, two);
    }

    [Fact]
    public void The_peer_finds_the_engines_findings_on_a_document_reaching_the_other_rules()
    {
        var document = PeerRulesDocument.Create();
        var expected = SqlPeerKinds.EngineFindings(ContradictionDetector.Analyze(document));
        using var peer = DuckDbPeer.Load(document);

        peer.Run(1);
        var actual = peer.ReadFindings();

        var diff = FindingSetDiff.Compare(expected, actual);
        Assert.True(diff.IsEmpty, "the SQL peer's findings differ from the engine's:\n" + diff.Describe("engine", "SQL peer"));
        Assert.Contains(actual, f => f.Kind == FindingKind.FigureDiscrepancy);
        Assert.Contains(actual, f => f.First.Statement is not null);
        Assert.True(actual.Count >= 8, $"expected the document to produce at least 8 findings, got {actual.Count}");
    }

    [Fact]
    public void A_pair_met_under_two_actors_below_the_denied_one_is_one_finding()
    {
        var document = PeerRulesDocument.TwoActorsBelowTheDenied();
        using var peer = DuckDbPeer.Load(document);

        peer.Run(1);
        var finding = Assert.Single(peer.ReadFindings());
        Assert.Equal([finding], SqlPeerKinds.EngineFindings(ContradictionDetector.Analyze(document)));

        Assert.Equal(FindingKind.Denial, finding.Kind);
        Assert.Equal("c-08", finding.First.Id);
        Assert.Equal(new PeerParticipant(ParticipantRole.Denial, "d-10", null), finding.Second);
    }

    [Fact]
    public void A_finding_reported_twice_differs_from_one_reported_once()
    {
        var finding = new PeerFinding(FindingKind.Denial, Severity.High, "i-1",
            new PeerParticipant(ParticipantRole.Claim, "c-1", null), new PeerParticipant(ParticipantRole.Denial, "d-1", null));

        var diff = FindingSetDiff.Compare([finding, finding], [finding]);

        Assert.False(diff.IsEmpty);
        Assert.Equal([finding], diff.OnlyExpected);
        Assert.Empty(diff.OnlyActual);
        Assert.Contains("only in engine: 1 (Denial 1)", diff.Describe("engine", "SQL peer"), StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_peer_does_not_model_is_refused_not_compared_wrongly()
    {
        var document = new ClaimDocument
        {
            Claims =
            [
                new Claim
                {
                    Id = "c-1",
                    Claimant = "a",
                    Incident = "i-1",
                    Statements = [new QuantityStatement { Figure = new Figure { Measure = "killed", Unit = "people", Qualifier = FigureQualifier.Exact, Value = 27, Text = "27", Cumulative = true } }],
                    Reports = [],
                },
            ],
        };

        var error = Assert.Throws<NotSupportedException>(() => DuckDbPeer.Load(document));
        Assert.Contains("running totals", error.Message, StringComparison.Ordinal);
    }
}
