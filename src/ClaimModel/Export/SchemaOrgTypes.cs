namespace ClaimModel.Export;

/// <summary>The schema.org types the exports give actors and sources.</summary>
/// <remarks>A person is a <c>Person</c>; a group of unnamed people ("two U.S. officials") is a <c>Person</c> too,
/// described by its description (schema.org has no type for an unnamed group of people, and an
/// <c>Organization</c> would invent a body that does not exist). Governments and ministries are
/// <c>GovernmentOrganization</c>, NGOs <c>NGO</c>, media <c>NewsMediaOrganization</c>, every other kind an
/// <c>Organization</c>. News, wire and state-media sources are <c>NewsArticle</c>, social media
/// <c>SocialMediaPosting</c>, NGO publications <c>Report</c>, government statements <c>CreativeWork</c>.</remarks>
internal static class SchemaOrgTypes
{
    public static string Of(ActorKind kind) => kind switch
    {
        ActorKind.Person or ActorKind.UnnamedGroup => "Person",
        ActorKind.Government or ActorKind.Ministry => "GovernmentOrganization",
        ActorKind.Ngo => "NGO",
        ActorKind.Media => "NewsMediaOrganization",
        ActorKind.State or ActorKind.MilitaryUnit or ActorKind.Coalition or ActorKind.ArmedGroup
            or ActorKind.InternationalOrganization or ActorKind.PoliticalBody => "Organization",
        _ => throw new System.Diagnostics.UnreachableException("Unknown actor kind " + kind + "."),
    };

    public static string Of(SourceKind kind) => kind switch
    {
        SourceKind.NewsOutlet or SourceKind.WireAgency or SourceKind.StateMedia => "NewsArticle",
        SourceKind.SocialMedia => "SocialMediaPosting",
        SourceKind.Ngo => "Report",
        SourceKind.Government => "CreativeWork",
        _ => throw new System.Diagnostics.UnreachableException("Unknown source kind " + kind + "."),
    };
}
