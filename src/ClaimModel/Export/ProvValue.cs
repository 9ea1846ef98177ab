namespace ClaimModel.Export;

/// <summary>The object of a PROV statement: an IRI, or a literal (a plain string, or typed with a compact
/// datatype such as <c>xsd:date</c>).</summary>
internal readonly record struct ProvValue(string Text, bool IsIri, string? Datatype)
{
    public static ProvValue Iri(string iri) => new(iri, true, null);

    public static ProvValue Literal(string text, string? datatype = null) => new(text, false, datatype);
}
