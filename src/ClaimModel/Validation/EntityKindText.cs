using System.Globalization;

namespace ClaimModel.Validation;

/// <summary>The words and paths used for an <see cref="EntityKind"/> in messages.</summary>
internal static class EntityKindText
{
    /// <summary>The singular noun with its article: "an actor", "a source".</summary>
    public static string WithArticle(EntityKind kind) => kind switch
    {
        EntityKind.Actor => "an actor",
        EntityKind.Source => "a source",
        EntityKind.Incident => "an incident",
        EntityKind.Claim => "a claim",
        _ => "a denial",
    };

    /// <summary>The wire name of the top-level collection: <c>actors</c>, <c>sources</c>, ...</summary>
    public static string Collection(EntityKind kind) => kind switch
    {
        EntityKind.Actor => "actors",
        EntityKind.Source => "sources",
        EntityKind.Incident => "incidents",
        EntityKind.Claim => "claims",
        _ => "denials",
    };

    /// <summary>The wire path of a record: <c>actors[3]</c>.</summary>
    public static string Path(EntityKind kind, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{Collection(kind)}[{index}]");
}
