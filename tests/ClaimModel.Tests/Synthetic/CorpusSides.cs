namespace ClaimModel.Tests.Synthetic;

/// <summary>Test helper: the side (affiliation roots) of each actor of a document.</summary>
internal static class CorpusSides
{
    public static Dictionary<string, string> RootsByActor(ClaimDocument document)
    {
        var actors = document.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var roots = new Dictionary<string, string>(StringComparer.Ordinal);

        string Root(string id)
        {
            if (roots.TryGetValue(id, out var root))
            {
                return root;
            }

            var actor = actors[id];
            root = actor.Affiliations.IsEmpty ? id : string.Join("+", actor.Affiliations.ToArray().Select(a => Root(a.Actor)).Distinct().Order(StringComparer.Ordinal));
            roots[id] = root;
            return root;
        }

        foreach (var actor in document.Actors)
        {
            Root(actor.Id);
        }

        return roots;
    }
}
