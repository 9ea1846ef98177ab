using System.Globalization;
using System.Text;
using ClaimModel.Engine;
using ClaimModel.Serialization;

namespace ClaimModel.Reporting;

/// <summary>Writes an <see cref="AccusationGraph"/> as Graphviz DOT or as a Mermaid flowchart: each side a cluster
/// (subgraph) holding its side node and the voices drawn in its column (a voice's first side), outlets outside;
/// accusations solid red, denials bold blue, relays dashed grey, each edge labelled with its kind and the number of
/// claims and denials behind it. LF line endings, invariant culture, the graph's order: a stable snapshot.</summary>
public static class AccusationGraphWriter
{
    /// <summary>Writes the whole report's graph (<see cref="AccusationGraph.Of"/>) as Graphviz DOT.</summary>
    /// <param name="report">A report of the engine.</param>
    /// <param name="writer">Where to write (not flushed or closed).</param>
    public static void WriteDot(ContradictionReport report, TextWriter writer) => WriteDot(AccusationGraph.Of(report), writer);

    /// <summary>Writes the whole report's graph (<see cref="AccusationGraph.Of"/>) as a Mermaid flowchart.</summary>
    /// <param name="report">A report of the engine.</param>
    /// <param name="writer">Where to write (not flushed or closed).</param>
    public static void WriteMermaid(ContradictionReport report, TextWriter writer) => WriteMermaid(AccusationGraph.Of(report), writer);

    /// <summary>Writes <paramref name="graph"/> as Graphviz DOT (<c>digraph accusations { … }</c>); every name is a
    /// quoted, escaped DOT string.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="writer">Where to write (not flushed or closed).</param>
    public static void WriteDot(AccusationGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("digraph accusations {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=9];\n");
        var columns = Columns(graph);
        for (var c = 0; c < columns.Count; c++)
        {
            var (side, members) = columns[c];
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"  subgraph cluster_{c} {{\n    label={Dot(side)};\n    style=rounded;\n    color=\"#9ca3af\";\n"));
            foreach (var node in members)
            {
                writer.Write("    ");
                DotNode(writer, node);
            }

            writer.Write("  }\n");
        }

        foreach (var node in graph.Nodes.Where(n => n.Kind == AccusationNodeKind.Outlet))
        {
            writer.Write("  ");
            DotNode(writer, node);
        }

        foreach (var edge in graph.Edges)
        {
            var (color, style) = edge.Kind switch
            {
                AccusationEdgeKind.Accuses => ("#b91c1c", "solid"),
                AccusationEdgeKind.Denies => ("#1d4ed8", "bold"),
                AccusationEdgeKind.RelayedBy => ("#6b7280", "dashed"),
                _ => throw new System.Diagnostics.UnreachableException("Unknown edge kind " + edge.Kind + "."),
            };
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"  {Dot(edge.From)} -> {Dot(edge.To)} [label={Dot(Label(edge))}, color=\"{color}\", fontcolor=\"{color}\", style={style}];\n"));
        }

        writer.Write("}\n");
    }

    /// <summary>Writes <paramref name="graph"/> as a Mermaid flowchart (<c>flowchart LR</c>); nodes get short ids
    /// (<c>n0</c>, <c>n1</c> … in the graph's order), labels are quoted with every character outside letters, digits
    /// and plain punctuation written as a Mermaid entity code (<c>#60;</c>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="writer">Where to write (not flushed or closed).</param>
    public static void WriteMermaid(AccusationGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            ids.Add(graph.Nodes[i].Id, "n" + i.ToString(CultureInfo.InvariantCulture));
        }

        writer.Write("flowchart LR\n");
        var columns = Columns(graph);
        for (var c = 0; c < columns.Count; c++)
        {
            var (side, members) = columns[c];
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"  subgraph s{c}[\"{Mermaid(side)}\"]\n"));
            foreach (var node in members)
            {
                writer.Write("    ");
                MermaidNode(writer, node, ids[node.Id]);
            }

            writer.Write("  end\n");
        }

        foreach (var node in graph.Nodes.Where(n => n.Kind == AccusationNodeKind.Outlet))
        {
            writer.Write("  ");
            MermaidNode(writer, node, ids[node.Id]);
        }

        foreach (var edge in graph.Edges)
        {
            var arrow = edge.Kind switch
            {
                AccusationEdgeKind.Accuses => "-->",
                AccusationEdgeKind.Denies => "==>",
                AccusationEdgeKind.RelayedBy => "-.->",
                _ => throw new System.Diagnostics.UnreachableException("Unknown edge kind " + edge.Kind + "."),
            };
            writer.Write(string.Concat("  ", ids[edge.From], " ", arrow, "|\"", Mermaid(Label(edge)), "\"| ", ids[edge.To], "\n"));
        }
    }

    /// <summary>The edge's label: "accuses (2)", "denies (1)", "relayed-by (3)".</summary>
    internal static string Label(AccusationEdge edge) =>
        string.Concat(EnumText<AccusationEdgeKind>.Name(edge.Kind), " (", edge.Statements.Count.ToString(CultureInfo.InvariantCulture), ")");

    /// <summary>The sides as columns, by side id: each side's node, then the voices whose first side it is. A voice
    /// whose first side has no node of its own gets a column of that side too.</summary>
    internal static List<(string Side, List<AccusationNode> Members)> Columns(AccusationGraph graph)
    {
        var columns = new SortedDictionary<string, List<AccusationNode>>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            if (node.Kind == AccusationNodeKind.Outlet || node.Sides.IsEmpty)
            {
                continue;
            }

            if (!columns.TryGetValue(node.Sides[0], out var members))
            {
                columns.Add(node.Sides[0], members = []);
            }

            members.Add(node);
        }

        return columns.Select(c => (c.Key, c.Value)).ToList();
    }

    private static void DotNode(TextWriter writer, AccusationNode node)
    {
        var shape = node.Kind switch
        {
            AccusationNodeKind.Side => "box, style=\"filled,bold\", fillcolor=\"#f3f4f6\"",
            AccusationNodeKind.Voice => "ellipse",
            AccusationNodeKind.Outlet => "note, color=\"#6b7280\"",
            _ => throw new System.Diagnostics.UnreachableException("Unknown node kind " + node.Kind + "."),
        };
        writer.Write(string.Concat(Dot(node.Id), " [label=", Dot(node.Name), ", shape=", shape, "];\n"));
    }

    private static void MermaidNode(TextWriter writer, AccusationNode node, string id)
    {
        var (open, close) = node.Kind switch
        {
            AccusationNodeKind.Side => ("[\"", "\"]"),
            AccusationNodeKind.Voice => ("([\"", "\"])"),
            AccusationNodeKind.Outlet => ("[/\"", "\"/]"),
            _ => throw new System.Diagnostics.UnreachableException("Unknown node kind " + node.Kind + "."),
        };
        writer.Write(string.Concat(id, open, Mermaid(node.Name), close, "\n"));
    }

    /// <summary>A DOT quoted string: backslash and quote escaped, line breaks as <c>\n</c>.</summary>
    private static string Dot(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder,
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Mermaid label text: letters, digits, space and <c>-_.,:()/+'</c> as they are, every other character as
    /// an entity code (<c>#34;</c>), so no label can end the quote or carry markup.</summary>
    private static string Mermaid(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or ',' or ':' or '(' or ')' or '/' or '+' or '\'')
            {
                builder.Append(c);
            }
            else
            {
                var code = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[++i]) : c;
                builder.Append('#').Append(code.ToString(CultureInfo.InvariantCulture)).Append(';');
            }
        }

        return builder.ToString();
    }
}
