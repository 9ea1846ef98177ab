using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Serialization;

namespace ClaimModel.Reporting;

/// <summary>Who accuses whom in a report: sides, voices and outlets as nodes; accusations (a voice names a side's
/// actors as perpetrators), denials (a voice denies another's claim) and relays (a voice's words reach a source
/// through outlets) as edges. Built from the pairwise findings of the engine, so it shows the disputed claims; the
/// HTML report draws it per incident, <see cref="AccusationGraphWriter"/> writes it as Graphviz DOT and Mermaid.</summary>
/// <remarks>
/// <para>Deterministic: nodes by kind (sides, voices, outlets) then id, edges by kind, start and end (ordinal), so
/// the same report gives the same graph whatever the input order. A voice's sides are its claimants' sides; a relay
/// is drawn as its source's outlet ("RT"), as the voice of an actor that is a claimant in the report, else by its id.</para>
/// <para>Value equality over every member, lists in order.</para>
/// </remarks>
public sealed record AccusationGraph
{
    /// <summary>The incident of a graph of <see cref="ByIncident"/> (<see langword="null"/>: the findings about no
    /// single incident); <see langword="null"/> for the whole report's graph of <see cref="Of"/>.</summary>
    public string? Incident { get; init; }

    /// <summary>The nodes: sides, then voices, then outlets, each by id.</summary>
    public required ValueList<AccusationNode> Nodes { get; init; }

    /// <summary>The edges: accusations, then denials, then relays, each by start and end.</summary>
    public required ValueList<AccusationEdge> Edges { get; init; }

    /// <summary>How many nodes have <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    public int CountOf(AccusationNodeKind kind) => Nodes.Count(n => n.Kind == kind);

    /// <summary>How many edges have <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    public int CountOf(AccusationEdgeKind kind) => Edges.Count(e => e.Kind == kind);

    /// <summary>The graph of the whole report (every incident's edges merged). O(findings · reports) plus sorting.</summary>
    /// <param name="report">A report of the engine (findings made outside the engine carry too little and are left out).</param>
    public static AccusationGraph Of(ContradictionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var builder = new Builder(report.SourceRecords, Claimants(report));
        foreach (var finding in report.Findings.Compacts())
        {
            builder.Add(finding);
        }

        return builder.Build(null);
    }

    /// <summary>One graph per incident that has findings, by incident id (ordinal; the findings about no single
    /// incident first, with <see cref="Incident"/> <see langword="null"/>).</summary>
    /// <param name="report">A report of the engine.</param>
    public static ValueList<AccusationGraph> ByIncident(ContradictionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var builders = new SortedDictionary<string, (string? Incident, Builder Builder)>(StringComparer.Ordinal);
        var claimants = Claimants(report);
        foreach (var finding in report.Findings.Compacts())
        {
            // "\0" sorts before every id: the general findings come first and never collide with an incident id.
            var key = finding.Incident is null ? "\0" : "\u0001" + finding.Incident;
            if (!builders.TryGetValue(key, out var entry))
            {
                builders.Add(key, entry = (finding.Incident, new Builder(report.SourceRecords, claimants)));
            }

            entry.Builder.Add(finding);
        }

        return ValueList.From(builders.Values.Select(b => b.Builder.Build(b.Incident)).Where(g => !g.Nodes.IsEmpty));
    }

    /// <summary>The claimants of the report's findings by actor id: a relay that is one of them is drawn as its voice.</summary>
    private static Dictionary<string, ActorNode> Claimants(ContradictionReport report)
    {
        var claimants = new Dictionary<string, ActorNode>(StringComparer.Ordinal);
        foreach (var finding in report.Findings.Compacts())
        {
            var (first, second) = (finding.Explanation.First, finding.Explanation.Second);
            if (first is not null)
            {
                claimants.TryAdd(first.Claimant.Id, first.Claimant);
            }

            if (second is not null)
            {
                claimants.TryAdd(second.Claimant.Id, second.Claimant);
            }
        }

        return claimants;
    }

    /// <summary>Collects the nodes and edges of some findings.</summary>
    private sealed class Builder(IReadOnlyDictionary<string, Source> sources, Dictionary<string, ActorNode> claimants)
    {
        private readonly Dictionary<string, (AccusationNodeKind Kind, string Name, SortedSet<string> Sides)> _nodes = new(StringComparer.Ordinal);
        private readonly Dictionary<(string From, string To, AccusationEdgeKind Kind), SortedSet<string>> _edges = [];

        public void Add(in CompactFinding finding)
        {
            var (first, second) = (finding.Explanation.First, finding.Explanation.Second);
            if (first is null || second is null)
            {
                return;
            }

            Add(first, second);
            Add(second, first);
        }

        private void Add(Entry entry, Entry other)
        {
            var voice = Node(AccusationNodeKind.Voice, entry.Claimant.Voice, entry.Claimant.Roots);
            switch (entry)
            {
                case ClaimEntry claim:
                    var account = DisputeBuilder.Answering(claim);
                    if (account.Statement is ResponsibilityStatement)
                    {
                        foreach (var actor in account.Actors)
                        {
                            foreach (var root in actor.Roots)
                            {
                                Edge(voice, Node(AccusationNodeKind.Side, root, [root]), AccusationEdgeKind.Accuses, entry.Reference);
                            }
                        }
                    }

                    break;
                case DenialEntry:
                    Edge(voice, Node(AccusationNodeKind.Voice, other.Claimant.Voice, other.Claimant.Roots), AccusationEdgeKind.Denies, entry.Reference);
                    break;
                default:
                    throw new System.Diagnostics.UnreachableException("Unknown entry " + entry.GetType().Name + ".");
            }

            foreach (var report in entry.Reports)
            {
                var previous = voice;
                foreach (var relay in report.Via)
                {
                    previous = Relay(previous, relay, entry.Reference);
                }

                Relay(previous, report.Source, entry.Reference);
            }
        }

        private string Relay(string from, string sourceOrRelay, string statement)
        {
            var to = sources.TryGetValue(sourceOrRelay, out var source) ? Node(AccusationNodeKind.Outlet, source.Outlet, [])
                : claimants.TryGetValue(sourceOrRelay, out var actor) ? Node(AccusationNodeKind.Voice, actor.Voice, actor.Roots)
                : Node(AccusationNodeKind.Outlet, sourceOrRelay, []);
            if (!string.Equals(from, to, StringComparison.Ordinal))
            {
                Edge(from, to, AccusationEdgeKind.RelayedBy, statement);
            }

            return to;
        }

        private string Node(AccusationNodeKind kind, string name, IEnumerable<string> sides)
        {
            var id = string.Concat(EnumText<AccusationNodeKind>.Name(kind), ":", name);
            if (!_nodes.TryGetValue(id, out var node))
            {
                _nodes.Add(id, node = (kind, name, new SortedSet<string>(StringComparer.Ordinal)));
            }

            node.Sides.UnionWith(sides);
            return id;
        }

        private void Edge(string from, string to, AccusationEdgeKind kind, string statement)
        {
            if (!_edges.TryGetValue((from, to, kind), out var statements))
            {
                _edges.Add((from, to, kind), statements = new SortedSet<string>(StringComparer.Ordinal));
            }

            statements.Add(statement);
        }

        public AccusationGraph Build(string? incident) => new()
        {
            Incident = incident,
            Nodes = ValueList.From(_nodes
                .OrderBy(n => n.Value.Kind)
                .ThenBy(n => n.Key, StringComparer.Ordinal)
                .Select(n => new AccusationNode { Id = n.Key, Kind = n.Value.Kind, Name = n.Value.Name, Sides = ValueList.From(n.Value.Sides) })),
            Edges = ValueList.From(_edges
                .OrderBy(e => e.Key.Kind)
                .ThenBy(e => e.Key.From, StringComparer.Ordinal)
                .ThenBy(e => e.Key.To, StringComparer.Ordinal)
                .Select(e => new AccusationEdge { From = e.Key.From, To = e.Key.To, Kind = e.Key.Kind, Statements = ValueList.From(e.Value) })),
        };
    }
}
