namespace ClaimModel.Export;

/// <summary>One subject of the PROV graph: its IRI, its types (compact, such as <c>prov:Entity</c>) and its
/// statements (compact predicate and value), in the order they were added.</summary>
internal sealed class ProvNode(string iri)
{
    public string Iri { get; } = iri;

    public List<string> Types { get; } = [];

    public List<(string Predicate, ProvValue Value)> Properties { get; } = [];

    public ProvNode Type(string type)
    {
        if (!Types.Contains(type))
        {
            Types.Add(type);
        }

        return this;
    }

    public ProvNode Add(string predicate, ProvValue value)
    {
        var pair = (predicate, value);
        if (!Properties.Contains(pair))
        {
            Properties.Add(pair);
        }

        return this;
    }

    public ProvNode Link(string predicate, string iri) => Add(predicate, ProvValue.Iri(iri));

    public ProvNode Text(string predicate, string? text) => text is null ? this : Add(predicate, ProvValue.Literal(text));

    /// <summary>The statements grouped by predicate, in the order each predicate first appears.</summary>
    public List<(string Predicate, List<ProvValue> Values)> Grouped()
    {
        var groups = new List<(string Predicate, List<ProvValue> Values)>();
        foreach (var (predicate, value) in Properties)
        {
            var index = groups.FindIndex(g => string.Equals(g.Predicate, predicate, StringComparison.Ordinal));
            if (index < 0)
            {
                groups.Add((predicate, [value]));
            }
            else
            {
                groups[index].Values.Add(value);
            }
        }

        return groups;
    }
}
