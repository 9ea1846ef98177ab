using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Tests.SeedReport;
using Snapshooter.Xunit;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Reporting;

/// <summary>The who-accuses-whom graph: what its nodes and edges are, and its DOT and Mermaid text.</summary>
public class AccusationGraphTests
{
    [Fact]
    public void An_accusation_and_its_denial_are_an_accuses_edge_a_denies_edge_and_the_relays()
    {
        var claim = Claim("c-a10", "konashenkov", "i1", Did("usa")) with
        {
            Reports = [new ClaimModel.Report { Source = "ibt", Via = ["rt"], Quote = new Quote { Exact = "two A-10s" } }],
        };
        var report = ContradictionDetector.Analyze(Document([claim], [Denial("d-state-dept", "state-dept", "i1", null, "c-a10")], sources: [Source("src"), Source("ibt"), Source("rt")]));

        var graph = AccusationGraph.Of(report);

        Assert.Equal(["side:coalition", "voice:russia-mod", "voice:state-dept", "outlet:Outlet ibt", "outlet:Outlet rt", "outlet:Outlet src"], graph.Nodes.Select(n => n.Id));
        Assert.Equal(
            [
                "voice:russia-mod accuses side:coalition c-a10",
                "voice:state-dept denies voice:russia-mod d-state-dept",
                "outlet:Outlet rt relayed-by outlet:Outlet ibt c-a10",
                "voice:russia-mod relayed-by outlet:Outlet rt c-a10",
                "voice:state-dept relayed-by outlet:Outlet src d-state-dept",
            ],
            graph.Edges.Select(e => $"{e.From} {ClaimModel.Serialization.EnumText<AccusationEdgeKind>.Name(e.Kind)} {e.To} {string.Join(",", e.Statements)}"));
        Assert.Equal(["russia"], graph.Nodes.Single(n => n.Id == "voice:russia-mod").Sides);
        Assert.Equal("i1", Assert.Single(AccusationGraph.ByIncident(report)).Incident);
        Assert.Equal(graph with { Incident = "i1" }, AccusationGraph.ByIncident(report)[0]);
    }

    [Fact]
    public void The_seed_graph_has_every_kind_and_each_incident_graph_is_a_part_of_it()
    {
        var whole = AccusationGraph.Of(SeedAnalysis.Outcome);
        var parts = AccusationGraph.ByIncident(SeedAnalysis.Outcome);

        Assert.All(Enum.GetValues<AccusationNodeKind>(), kind => Assert.True(whole.CountOf(kind) > 0, kind.ToString()));
        Assert.All(Enum.GetValues<AccusationEdgeKind>(), kind => Assert.True(whole.CountOf(kind) > 0, kind.ToString()));
        Assert.Equal(whole.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), parts.SelectMany(p => p.Nodes).Select(n => n.Id).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(
            whole.Edges.Select(e => (e.From, e.To, e.Kind)).Order(),
            parts.SelectMany(p => p.Edges).Select(e => (e.From, e.To, e.Kind)).Distinct().Order());
        Assert.Equal(SeedAnalysis.Outcome.Findings.Select(f => f.Incident).Distinct().Count(), parts.Count);
    }

    [Fact]
    public void The_readme_states_the_seed_graphs_counts()
    {
        var whole = AccusationGraph.Of(SeedAnalysis.Outcome);
        var parts = AccusationGraph.ByIncident(SeedAnalysis.Outcome);
        var readme = ClaimModel.Tests.Api.RepoFiles.Read("README.md");

        Assert.Contains($"The seed graph has {whole.Nodes.Count} nodes and {whole.Edges.Count} edges.", readme, StringComparison.Ordinal);
        Assert.Contains($"{parts.Sum(p => p.Nodes.Count)} graph nodes and {parts.Sum(p => p.Edges.Count)} edges across the incidents", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_graph_as_dot_matches_its_snapshot()
    {
        var text = new StringWriter();
        AccusationGraphWriter.WriteDot(SeedAnalysis.Outcome, text);

        Snapshot.Match(text.ToString());
    }

    [Fact]
    public void Seed_graph_as_mermaid_matches_its_snapshot()
    {
        var text = new StringWriter();
        AccusationGraphWriter.WriteMermaid(SeedAnalysis.Outcome, text);

        Snapshot.Match(text.ToString());
    }

    [Fact]
    public void Dot_and_mermaid_keep_hostile_names_inside_their_quotes()
    {
        const string name = "a\"b\\c\n<d>&e#f|g]";
        var graph = new AccusationGraph
        {
            Nodes =
            [
                new AccusationNode { Id = "side:" + name, Kind = AccusationNodeKind.Side, Name = name, Sides = [name] },
                new AccusationNode { Id = "outlet:x", Kind = AccusationNodeKind.Outlet, Name = "x", Sides = [] },
            ],
            Edges = [new AccusationEdge { From = "side:" + name, To = "outlet:x", Kind = AccusationEdgeKind.RelayedBy, Statements = ["c1"] }],
        };
        var dot = new StringWriter();
        var mermaid = new StringWriter();

        AccusationGraphWriter.WriteDot(graph, dot);
        AccusationGraphWriter.WriteMermaid(graph, mermaid);

        Assert.Contains("label=\"a\\\"b\\\\c\\n<d>&e#f|g]\"", dot.ToString(), StringComparison.Ordinal);
        Assert.Contains("n0[\"a#34;b#92;c#10;#60;d#62;#38;e#35;f#124;g#93;\"]", mermaid.ToString(), StringComparison.Ordinal);
        Assert.Contains("n0 -.->|\"relayed-by (1)\"| n1", mermaid.ToString(), StringComparison.Ordinal);
    }
}
