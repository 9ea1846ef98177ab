namespace ClaimModel.Engine;

/// <summary>The affiliation graph: actors by id and their cached <see cref="ActorNode"/>s (ancestors, side).
/// Adding an actor clears the cache. Not thread-safe: owned by one writer.</summary>
internal sealed class ActorGraph
{
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorNode> _nodes = new(StringComparer.Ordinal);
    private readonly KeyInterner _keys;
    private readonly VoicePolicy _voicePolicy;
    private Dictionary<int, int[]>? _descendants;
    private (VoiceResolver Resolver, Dictionary<string, int> Index)? _voices;

    public ActorGraph(KeyInterner keys, VoicePolicy? voices = null)
    {
        _keys = keys;
        _voicePolicy = voices ?? VoicePolicy.Default;
    }

    /// <summary>Adds or replaces an actor.</summary>
    public void Add(Actor actor)
    {
        _actors[actor.Id] = actor;
        _nodes.Clear();
        _descendants = null;
        _voices = null;
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

        var (voice, probable) = VoiceOf(id);
        node = new ActorNode(id, NameOf(id), _keys.Intern(id), ancestorKeys, rootKeys, ValueList.Create<string>(roots.ToArray()), voice, probable);
        _nodes[id] = node;
        return node;
    }

    /// <summary>The voice of an actor id (<see cref="VoiceResolver"/> under the index's <see cref="VoicePolicy"/>):
    /// its name and whether a probable identity link joined it; an unknown actor is its own voice. The resolver is
    /// built at the first question after an actor was added.</summary>
    private (string Voice, bool Probable) VoiceOf(string id)
    {
        if (_voices is null)
        {
            var actors = ValueList.From(_actors.Values);
            var index = new Dictionary<string, int>(actors.Count, StringComparer.Ordinal);
            for (var i = 0; i < actors.Count; i++)
            {
                index[actors[i].Id] = i;
            }

            _voices = (new VoiceResolver(actors, other => other is not null && index.TryGetValue(other, out var at) ? at : -1, _voicePolicy.JoiningRelations, _voicePolicy.JoinProbableIdentities), index);
        }

        var (resolver, positions) = _voices.Value;
        return positions.TryGetValue(id, out var position) ? (resolver.VoiceName(position), resolver.IsProbable(position)) : (id, false);
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
