using ClaimModel.Serialization;

namespace ClaimModel.Export;

/// <summary>A corpus as a W3C PROV-O graph: one model that <see cref="ProvJsonLdWriter"/> and
/// <see cref="ProvTurtleWriter"/> both render (see <see cref="ProvJsonLdWriter"/> for the mapping).</summary>
internal sealed class ProvGraph
{
    private readonly Dictionary<string, ProvNode> _nodes = new(StringComparer.Ordinal);

    private ProvGraph()
    {
    }

    /// <summary>The nodes in the order they were first made: actors, roles, sources, then each claim and denial
    /// followed by its reports and relays, then the retractions.</summary>
    public List<ProvNode> Nodes { get; } = [];

    public static ProvGraph Build(ClaimDocument document, ExportOptions? options)
    {
        var corpus = new ExportCorpus(document);
        var iris = new ExportIris(options ?? ExportOptions.Default);
        var graph = new ProvGraph();
        foreach (var actor in corpus.Document.Actors)
        {
            graph.AddActor(actor, iris, options ?? ExportOptions.Default);
        }

        foreach (var source in corpus.Document.Sources)
        {
            var node = graph.Node(iris.Source(source.Id)).Type("prov:Entity")
                .Text("dcterms:identifier", source.Id)
                .Text("rdfs:label", source.Title ?? source.Outlet)
                .Text("dcterms:publisher", source.Outlet);
            if (source.Url is not null)
            {
                node.Add("dcterms:source", ProvValue.Iri(ExportIris.SafeIri(source.Url)));
            }

            AddTime(node, source.Published);
        }

        var retractions = new List<ExportUtterance>();
        foreach (var utterance in corpus.Utterances)
        {
            graph.AddUtterance(corpus, iris, utterance);
            if (utterance.Claim is { Retracts.IsEmpty: false })
            {
                retractions.Add(utterance);
            }
        }

        foreach (var utterance in retractions)
        {
            var activity = iris.Retraction(utterance.Id);
            graph.Node(activity).Type("prov:Activity")
                .Text("rdfs:label", "retraction by " + utterance.Id)
                .Link("prov:wasAssociatedWith", iris.Actor(utterance.Claimant));
            graph.Node(utterance.Iri(iris)).Link("prov:wasGeneratedBy", activity);
            foreach (var retracted in utterance.Claim!.Retracts)
            {
                graph.Node(iris.Claim(retracted)).Type("prov:Entity").Link("prov:wasInvalidatedBy", activity);
            }
        }

        return graph;
    }

    private ProvNode Node(string iri)
    {
        if (!_nodes.TryGetValue(iri, out var node))
        {
            node = new ProvNode(iri);
            _nodes.Add(iri, node);
            Nodes.Add(node);
        }

        return node;
    }

    private void AddActor(Actor actor, ExportIris iris, ExportOptions options)
    {
        var iri = iris.Actor(actor.Id);
        var node = Node(iri).Type("prov:Agent");
        node.Type(actor.Kind switch
        {
            ActorKind.Person => "prov:Person",
            ActorKind.UnnamedGroup => "prov:Agent",
            ActorKind.State or ActorKind.Government or ActorKind.Ministry or ActorKind.MilitaryUnit or ActorKind.Coalition
                or ActorKind.ArmedGroup or ActorKind.Ngo or ActorKind.InternationalOrganization or ActorKind.Media
                or ActorKind.PoliticalBody => "prov:Organization",
            _ => throw new System.Diagnostics.UnreachableException("Unknown actor kind " + actor.Kind + "."),
        });
        node.Text("dcterms:identifier", actor.Id).Text("rdfs:label", actor.Name ?? actor.Description);
        var k = 0;
        foreach (var affiliation in actor.Affiliations)
        {
            if (!VoiceResolver.DefaultJoiningRelations.AsSpan().Contains(affiliation.Relation))
            {
                continue;
            }

            var principal = iris.Actor(affiliation.Actor);
            var relation = EnumText<AffiliationRelation>.Name(affiliation.Relation);
            var role = options.BaseIri + "role/" + relation;
            Node(role).Type("prov:Role").Text("rdfs:label", relation);
            var delegation = iri + "/delegation/" + (k++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            node.Link("prov:actedOnBehalfOf", principal).Link("prov:qualifiedDelegation", delegation);
            Node(delegation).Type("prov:Delegation").Link("prov:agent", principal).Link("prov:hadRole", role);
        }
    }

    private void AddUtterance(ExportCorpus corpus, ExportIris iris, ExportUtterance utterance)
    {
        var iri = utterance.Iri(iris);
        var node = Node(iri).Type("prov:Entity")
            .Text("dcterms:identifier", utterance.Id)
            .Link("prov:wasAttributedTo", iris.Actor(corpus.Actor(utterance.Claimant).Id));
        AddTime(node, utterance.StatedAt);
        if (utterance.Claim is { } claim)
        {
            foreach (var earlier in claim.Supersedes)
            {
                node.Link("prov:wasRevisionOf", iris.Claim(earlier));
            }
        }
        else
        {
            foreach (var denied in utterance.Denial!.DeniedClaims)
            {
                var id = StatementReference.TryParse(denied, out var claimId, out _) ? claimId : denied;
                node.Link("prov:wasInfluencedBy", iris.Claim(id));
            }
        }

        for (var n = 0; n < utterance.Reports.Count; n++)
        {
            var report = utterance.Reports[n];
            var published = Node(iris.Report(utterance.Id, n)).Type("prov:Entity")
                .Add("prov:value", ProvValue.Literal(report.Quote.Exact))
                .Link("dcterms:isPartOf", iris.Source(corpus.Source(report.Source).Id));
            var previous = iri;
            for (var k = 0; k < report.Via.Count; k++)
            {
                var relay = report.Via[k];
                var hop = Node(iris.Relay(utterance.Id, n, k + 1)).Type("prov:Entity").Link("prov:wasQuotedFrom", previous);
                if (corpus.RelayIsActor(relay))
                {
                    hop.Link("prov:wasAttributedTo", iris.Actor(relay));
                }
                else
                {
                    hop.Link("dcterms:isPartOf", iris.Source(relay));
                }

                previous = hop.Iri;
            }

            published.Link("prov:wasQuotedFrom", previous).Link("prov:hadPrimarySource", iri);
        }
    }

    private static void AddTime(ProvNode node, TimeSpec? time)
    {
        if (ExportDates.Of(time) is not { } date)
        {
            return;
        }

        node.Add(date.Datatype == "xsd:dateTime" ? "prov:generatedAtTime" : "dcterms:date", ProvValue.Literal(date.Text, date.Datatype));
    }
}
