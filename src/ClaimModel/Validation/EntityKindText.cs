using System.Diagnostics;
using System.Globalization;
using System.Text;

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
        EntityKind.Denial => "a denial",
        _ => throw new UnreachableException("Unknown entity kind " + kind.ToString()),
    };

    /// <summary>The kinds with their articles, joined by commas and a final "or": "a source or an actor",
    /// "a claim, a denial or an actor".</summary>
    public static string AnyOf(ReadOnlySpan<EntityKind> kinds)
    {
        var text = new StringBuilder();
        for (var i = 0; i < kinds.Length; i++)
        {
            if (i > 0)
            {
                text.Append(i == kinds.Length - 1 ? " or " : ", ");
            }

            text.Append(WithArticle(kinds[i]));
        }

        return text.ToString();
    }

    /// <summary>The wire name of the top-level collection: <c>actors</c>, <c>sources</c>, ...</summary>
    public static string Collection(EntityKind kind) => kind switch
    {
        EntityKind.Actor => "actors",
        EntityKind.Source => "sources",
        EntityKind.Incident => "incidents",
        EntityKind.Claim => "claims",
        EntityKind.Denial => "denials",
        _ => throw new UnreachableException("Unknown entity kind " + kind.ToString()),
    };

    /// <summary>The wire path of a record: <c>actors[3]</c>.</summary>
    public static string Path(EntityKind kind, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{Collection(kind)}[{index}]");
}
