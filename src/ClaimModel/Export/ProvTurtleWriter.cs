using System.Text;

namespace ClaimModel.Export;

/// <summary>Writes a corpus as W3C PROV-O provenance in Turtle: the same graph as <see cref="ProvJsonLdWriter"/>
/// (see it for the mapping), one subject per block, in the same order.</summary>
/// <remarks>Prefixes <c>prov:</c>, <c>dcterms:</c>, <c>rdfs:</c> and <c>xsd:</c> are declared; node IRIs are written
/// in full. Strings are escaped as <see cref="TurtleText.AppendString"/> says; LF line ends; deterministic.</remarks>
public static class ProvTurtleWriter
{
    /// <summary>Writes the export to <paramref name="writer"/>, one subject at a time. The writer is not flushed or
    /// closed.</summary>
    /// <param name="document">The corpus (valid; its amendments are applied).</param>
    /// <param name="writer">The text writer.</param>
    /// <param name="options">IRIs; <see cref="ExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The document refers to an actor or source it does not define.</exception>
    public static void Write(ClaimDocument document, TextWriter writer, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var graph = ProvGraph.Build(document, options);
        var text = new StringBuilder(1024);
        foreach (var (prefix, ns) in ProvVocabulary.Prefixes)
        {
            text.Append("@prefix ").Append(prefix).Append(": ");
            TurtleText.AppendIri(text, ns).Append(" .\n");
        }

        foreach (var node in graph.Nodes)
        {
            text.Append('\n');
            AppendNode(text, node);
            writer.Write(text);
            text.Clear();
        }

        writer.Write(text);
    }

    /// <summary>The export as a string.</summary>
    /// <param name="document">The corpus (valid; its amendments are applied).</param>
    /// <param name="options">IRIs; <see cref="ExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The document refers to an actor or source it does not define.</exception>
    public static string ToTurtle(ClaimDocument document, ExportOptions? options = null)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(document, text, options);
        return text.ToString();
    }

    private static void AppendNode(StringBuilder text, ProvNode node)
    {
        TurtleText.AppendIri(text, node.Iri).Append("\n    a ");
        for (var i = 0; i < node.Types.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(node.Types[i]);
        }

        foreach (var (predicate, values) in node.Grouped())
        {
            text.Append(" ;\n    ").Append(predicate).Append(' ');
            for (var i = 0; i < values.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(", ");
                }

                var value = values[i];
                if (value.IsIri)
                {
                    TurtleText.AppendIri(text, value.Text);
                }
                else
                {
                    TurtleText.AppendString(text, value.Text);
                    if (value.Datatype is { } datatype)
                    {
                        text.Append("^^").Append(datatype);
                    }
                }
            }
        }

        text.Append(" .\n");
    }
}
