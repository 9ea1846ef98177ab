namespace ClaimModel.Engine;

/// <summary>The affiliation graph: actors by id and their cached <see cref="ActorNode"/>s (ancestors, side).
/// Adding an actor clears the cache. Not thread-safe: owned by one writer.</summary>
internal sealed class ActorGraph
{
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorNode> _nodes = new(StringComparer.Ordinal);
    private readonly KeyInterner _keys;

    public ActorGraph(KeyInterner keys) => _keys = keys;

    /// <summary>Adds or replaces an actor.</summary>
    public void Add(Actor actor)
    {
        _actors[actor.Id] = actor;
        _nodes.Clear();
    }

    /// <summary>The display name of an actor id (the id itself when unknown).</summary>
    public string NameOf(string id) => _actors.TryGetValue(id, out var actor) ? actor.Name : id;

    /// <summary>The node of <paramref name="id"/>; an unknown actor is its own root. O(ancestors) the first time.</summary>
    public ActorNode Get(string id)
    {
        if (_nodes.TryGetValue(id, out var node))
        {
            return node;
        }

        var ancestors = new List<string>();
        var roots = new List<string>();
        Visit(id, ancestors, roots);
        ancestors.Sort(StringComparer.Ordinal);
        roots.Sort(StringComparer.Ordinal);
        var ancestorKeys = new int[ancestors.Count];
        for (var i = 0; i < ancestorKeys.Length; i++)
        {
            ancestorKeys[i] = _keys.Intern(ancestors[i]);
        }

        var rootKeys = new int[roots.Count];
        for (var i = 0; i < rootKeys.Length; i++)
        {
            rootKeys[i] = _keys.Intern(roots[i]);
        }

        node = new ActorNode(id, NameOf(id), _keys.Intern(id), ancestorKeys, rootKeys, ValueList.Create<string>(roots.ToArray()));
        _nodes[id] = node;
        return node;
    }

    private void Visit(string id, List<string> visited, List<string> roots)
    {
        if (visited.Contains(id))
        {
            return;
        }

        visited.Add(id);
        if (!_actors.TryGetValue(id, out var actor) || actor.Affiliations.IsEmpty)
        {
            roots.Add(id);
            return;
        }

        foreach (var affiliation in actor.Affiliations)
        {
            Visit(affiliation.Actor, visited, roots);
        }
    }
}
