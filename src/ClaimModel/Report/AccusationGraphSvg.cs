using System.Globalization;
using ClaimModel.Serialization;

namespace ClaimModel.Reporting;

/// <summary>Draws an <see cref="AccusationGraph"/> as inline SVG with a deterministic layout: one column per side
/// (by side id, as <see cref="AccusationGraphWriter.Columns"/>), its side node on top and its voices below by id, the
/// outlets in a last column, every other column half a row lower so that edges between neighbours do not run along a
/// row; edges as curves bent by kind, so an accusation and a denial between the same two nodes
/// stay apart. Nodes are <c>g.node</c>, edges <c>g.edge</c>, each with a <c>title</c> (what a pointer shows).</summary>
internal static class AccusationGraphSvg
{
    private const double ColumnWidth = 240, NodeWidth = 160, NodeHeight = 26, RowHeight = 56, Top = 16, Left = 12;

    /// <summary>Writes the graph's SVG.</summary>
    public static void Write(TextWriter writer, AccusationGraph graph)
    {
        var columns = AccusationGraphWriter.Columns(graph).Select(c => c.Members).ToList();
        var outlets = graph.Nodes.Where(n => n.Kind == AccusationNodeKind.Outlet).ToList();
        if (outlets.Count > 0)
        {
            columns.Add(outlets);
        }

        var places = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (var c = 0; c < columns.Count; c++)
        {
            for (var r = 0; r < columns[c].Count; r++)
            {
                places.Add(columns[c][r].Id, (Left + (c * ColumnWidth) + (NodeWidth / 2), Top + (r * RowHeight) + (c % 2 * RowHeight / 2) + (NodeHeight / 2)));
            }
        }

        var width = (2 * Left) + (Math.Max(columns.Count - 1, 0) * ColumnWidth) + NodeWidth;
        var height = Top + (Math.Max(columns.Count == 0 ? 0 : columns.Max(c => c.Count), 1) * RowHeight) + (RowHeight / 2);
        writer.Write(string.Concat(
            "<svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ",
            SvgNumber.Of(width), " ", SvgNumber.Of(height), "\" width=\"", SvgNumber.Of(width), "\" height=\"", SvgNumber.Of(height), "\">"));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"<title>Who accuses whom: {ReportPhrases.Count(graph.Nodes.Count, "node")}, {ReportPhrases.Count(graph.Edges.Count, "edge")}</title>\n"));
        foreach (var edge in graph.Edges)
        {
            Edge(writer, edge, places[edge.From], places[edge.To]);
        }

        foreach (var column in columns)
        {
            foreach (var node in column)
            {
                Node(writer, node, places[node.Id]);
            }
        }

        writer.Write("</svg>\n");
    }

    private static void Node(TextWriter writer, AccusationNode node, (double X, double Y) at)
    {
        var kind = EnumText<AccusationNodeKind>.Name(node.Kind);
        writer.Write(string.Concat("<g class=\"node ", kind, "\" data-id=\"", HtmlText.Escape(node.Id), "\"><title>", kind, " ", HtmlText.Escape(node.Name), "</title>"));
        writer.Write(string.Concat(
            "<rect x=\"", SvgNumber.Of(at.X - (NodeWidth / 2)), "\" y=\"", SvgNumber.Of(at.Y - (NodeHeight / 2)), "\" width=\"", SvgNumber.Of(NodeWidth),
            "\" height=\"", SvgNumber.Of(NodeHeight), "\" rx=\"", node.Kind == AccusationNodeKind.Voice ? "13" : "3", "\"/>"));
        writer.Write(string.Concat("<text x=\"", SvgNumber.Of(at.X), "\" y=\"", SvgNumber.Of(at.Y + 4), "\">", HtmlText.Escape(HtmlText.Shorten(node.Name, 26)), "</text></g>\n"));
    }

    private static void Edge(TextWriter writer, AccusationEdge edge, (double X, double Y) from, (double X, double Y) to)
    {
        var kind = EnumText<AccusationEdgeKind>.Name(edge.Kind);
        var bend = edge.Kind switch
        {
            AccusationEdgeKind.Accuses => 28.0,
            AccusationEdgeKind.Denies => -28.0,
            AccusationEdgeKind.RelayedBy => 12.0,
            _ => throw new System.Diagnostics.UnreachableException("Unknown edge kind " + edge.Kind + "."),
        };
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        var length = Math.Max(Math.Sqrt((dx * dx) + (dy * dy)), 1);
        var (cx, cy) = (((from.X + to.X) / 2) - (dy / length * bend), ((from.Y + to.Y) / 2) + (dx / length * bend));
        var start = Boundary(from, (cx, cy));
        var end = Boundary(to, (cx, cy));
        writer.Write(string.Concat(
            "<g class=\"edge ", kind, "\" data-from=\"", HtmlText.Escape(edge.From), "\" data-to=\"", HtmlText.Escape(edge.To), "\"><title>",
            HtmlText.Escape(edge.From), " ", kind, " ", HtmlText.Escape(edge.To), ": ", HtmlText.Escape(string.Join(", ", edge.Statements)), "</title>"));
        writer.Write(string.Concat(
            "<path d=\"M", SvgNumber.Of(start.X), " ", SvgNumber.Of(start.Y), " Q", SvgNumber.Of(cx), " ", SvgNumber.Of(cy), " ",
            SvgNumber.Of(end.X), " ", SvgNumber.Of(end.Y), "\" marker-end=\"url(#arrow-", kind, ")\"/></g>\n"));
    }

    /// <summary>Where the line from <paramref name="toward"/> to a node's centre meets the node's box.</summary>
    private static (double X, double Y) Boundary((double X, double Y) center, (double X, double Y) toward)
    {
        var (vx, vy) = (toward.X - center.X, toward.Y - center.Y);
        var scale = Math.Max(Math.Abs(vx) / (NodeWidth / 2), Math.Abs(vy) / (NodeHeight / 2));
        return scale <= 1 ? center : (center.X + (vx / scale), center.Y + (vy / scale));
    }
}
