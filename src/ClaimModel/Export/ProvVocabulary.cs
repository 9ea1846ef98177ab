namespace ClaimModel.Export;

/// <summary>The vocabularies of the PROV export and their prefixes, as both writers declare them.</summary>
internal static class ProvVocabulary
{
    public static readonly (string Prefix, string Namespace)[] Prefixes =
    [
        ("prov", "http://www.w3.org/ns/prov#"),
        ("dcterms", "http://purl.org/dc/terms/"),
        ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ];
}
