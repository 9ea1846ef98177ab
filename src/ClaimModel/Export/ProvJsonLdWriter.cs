using System.Text.Json;
using ClaimModel.Serialization;

namespace ClaimModel.Export;

/// <summary>Writes a corpus as W3C PROV-O provenance in JSON-LD, with its <c>@context</c> inline (no document
/// needs fetching to read it). <see cref="ProvTurtleWriter"/> writes the same graph as Turtle.</summary>
/// <remarks>
/// <para>The mapping (IRIs per <see cref="ExportOptions"/>; every node also carries its id as
/// <c>dcterms:identifier</c>):</para>
/// <list type="bullet">
/// <item>An actor is a <c>prov:Agent</c> (and a <c>prov:Person</c> or <c>prov:Organization</c>; an unnamed group is only
/// an agent) labelled with its name or description. The affiliations that make one voice of two actors
/// (spokesperson-for, official-of) are <c>prov:actedOnBehalfOf</c>, each also qualified as a <c>prov:Delegation</c>
/// whose <c>prov:hadRole</c> names the relation; membership, parts and control are not delegation and are not
/// exported.</item>
/// <item>A source (document or outlet) is a <c>prov:Entity</c> with its title or outlet as label, the outlet as
/// <c>dcterms:publisher</c> and its URL as <c>dcterms:source</c>.</item>
/// <item>A claim or denial (one utterance) is a <c>prov:Entity</c> <c>prov:wasAttributedTo</c> its claimant. A claim
/// that supersedes another <c>prov:wasRevisionOf</c> it. A denial <c>prov:wasInfluencedBy</c> each claim it
/// denies.</item>
/// <item>A retraction is an invalidation: the retracting claim <c>prov:wasGeneratedBy</c> a <c>prov:Activity</c>
/// (<c>retraction/{claim}</c>, <c>prov:wasAssociatedWith</c> its claimant) and each retracted claim
/// <c>prov:wasInvalidatedBy</c> that activity.</item>
/// <item>Each report is a <c>prov:Entity</c> (<c>report/{claim}/{n}</c>): the quote (<c>prov:value</c>) as published
/// in its source (<c>dcterms:isPartOf</c>), <c>prov:hadPrimarySource</c> the utterance, and derived from it through
/// the relay chain: "Konashenkov said, according to Russia Today, as reported by IBTimes" is the report in the IBT
/// article <c>prov:wasQuotedFrom</c> relay 1 (<c>dcterms:isPartOf</c> the RT source; a relay that is an actor is
/// <c>prov:wasAttributedTo</c> it instead), which <c>prov:wasQuotedFrom</c> the claim. <c>wasQuotedFrom</c> is a
/// kind of <c>prov:wasDerivedFrom</c>, so the chain is a derivation chain.</item>
/// <item>Times are as precise as known: a stated or published time with exact or hour precision is
/// <c>prov:generatedAtTime</c> (<c>xsd:dateTime</c>); a day, month or year is <c>dcterms:date</c>
/// (<c>xsd:date</c>, <c>xsd:gYearMonth</c>, <c>xsd:gYear</c>); a week is not written.</item>
/// </list>
/// <para>The output is deterministic (document order; actors, roles, sources, then each utterance with its reports
/// and relays, then the retractions), indented by 2 spaces with LF line ends.</para>
/// </remarks>
public static class ProvJsonLdWriter
{
    /// <summary>Writes the export to <paramref name="writer"/>.</summary>
    /// <param name="document">The corpus (valid; its amendments are applied).</param>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="options">IRIs; <see cref="ExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The document refers to an actor or source it does not define.</exception>
    public static void Write(ClaimDocument document, Utf8JsonWriter writer, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        WriteGraph(ProvGraph.Build(document, options), writer, null);
    }

    /// <summary>Writes the export as JSON text (no trailing newline) to <paramref name="writer"/>, passing it on
    /// every 16 KiB or so. The writer is not flushed or closed.</summary>
    /// <param name="document">The corpus (valid; its amendments are applied).</param>
    /// <param name="writer">The text writer.</param>
    /// <param name="options">IRIs; <see cref="ExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The document refers to an actor or source it does not define.</exception>
    public static void Write(ClaimDocument document, TextWriter writer, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var graph = ProvGraph.Build(document, options);
        using var output = new JsonTextOutput(writer);
        WriteGraph(graph, output.Json, output);
        output.Complete();
    }

    /// <summary>The export as a string (no trailing newline).</summary>
    /// <param name="document">The corpus (valid; its amendments are applied).</param>
    /// <param name="options">IRIs; <see cref="ExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The document refers to an actor or source it does not define.</exception>
    public static string ToJson(ClaimDocument document, ExportOptions? options = null)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(document, text, options);
        return text.ToString();
    }

    private static void WriteGraph(ProvGraph graph, Utf8JsonWriter json, JsonTextOutput? output)
    {
        json.WriteStartObject();
        json.WriteStartObject("@context");
        foreach (var (prefix, ns) in ProvVocabulary.Prefixes)
        {
            json.WriteString(prefix, ns);
        }

        json.WriteEndObject();
        json.WriteStartArray("@graph");
        foreach (var node in graph.Nodes)
        {
            WriteNode(json, node);
            output?.MaybeDrain();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter json, ProvNode node)
    {
        json.WriteStartObject();
        json.WriteString("@id", node.Iri);
        json.WriteStartArray("@type");
        foreach (var type in node.Types)
        {
            json.WriteStringValue(type);
        }

        json.WriteEndArray();
        foreach (var (predicate, values) in node.Grouped())
        {
            json.WritePropertyName(predicate);
            if (values.Count == 1)
            {
                WriteValue(json, values[0]);
                continue;
            }

            json.WriteStartArray();
            foreach (var value in values)
            {
                WriteValue(json, value);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, ProvValue value)
    {
        if (value.IsIri)
        {
            json.WriteStartObject();
            json.WriteString("@id", value.Text);
            json.WriteEndObject();
        }
        else if (value.Datatype is { } datatype)
        {
            json.WriteStartObject();
            json.WriteString("@value", value.Text);
            json.WriteString("@type", datatype);
            json.WriteEndObject();
        }
        else
        {
            json.WriteStringValue(value.Text);
        }
    }
}
