namespace ClaimModel.Engine;

/// <summary>The affiliation graph: actors by id and their cached <see cref="ActorNode"/>s (ancestors, side).
/// Adding an actor clears the cache. Not thread-safe: owned by one writer.</summary>
internal sealed class ActorGraph
{
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorNode> _nodes = new(StringComparer.Ordinal);
    private readonly KeyInterner _keys;
    private Dictionary<int, int[]>? _descendants;

    public ActorGraph(KeyInterner keys) => _keys = keys;

    /// <summary>Adds or replaces an actor.</summary>
    public void Add(Actor actor)
    {
        _actors[actor.Id] = actor;
        _nodes.Clear();
        _descendants = null;
    }

    /// <summary>The display name of an actor id (the id itself when unknown).</summary>
    public string NameOf(string id) => _actors.TryGetValue(id, out var actor) ? actor.Name ?? actor.Description ?? id : id;

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

    /// <summary>Interned ids of the actor and every known actor below it: the actors whose
    /// <see cref="ActorNode.AncestorsOrSelf"/> contain <paramref name="key"/>. Built for all actors on the first call
    /// after a change (O(actors × ancestors)), then O(1).</summary>
    public int[] DescendantsOrSelf(int key)
    {
        if (_descendants is null)
        {
            var below = new Dictionary<int, List<int>>();
            foreach (var id in _actors.Keys)
            {
                var node = Get(id);
                foreach (var ancestor in node.AncestorsOrSelf)
                {
                    if (!below.TryGetValue(ancestor, out var list))
                    {
                        below.Add(ancestor, list = []);
                    }

                    list.Add(node.Key);
                }
            }

            _descendants = new Dictionary<int, int[]>(below.Count);
            foreach (var (ancestor, list) in below)
            {
                _descendants.Add(ancestor, [.. list]);
            }
        }

        if (!_descendants.TryGetValue(key, out var descendants))
        {
            // Not a known actor: only itself (an unknown actor has no affiliations).
            _descendants.Add(key, descendants = [key]);
        }

        return descendants;
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
