namespace ClaimModel.Engine;

/// <summary>The affiliation graph: actors by id and their cached <see cref="ActorNode"/>s (ancestors, side).
/// Every walk is iterative (an explicit stack or queue and a visited set), so a chain of any length cannot
/// overflow the call stack and a node reachable by several paths is visited once. Adding an actor clears the
/// cached nodes and the cached reverse edges; the voices of the ids met are kept, shared by their old and new nodes,
/// and set again by <see cref="RefreshVoices"/>. Not thread-safe: owned by one writer.</summary>
internal sealed class ActorGraph
{
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorNode> _nodes = new(StringComparer.Ordinal);
    private readonly KeyInterner _keys;
    private readonly VoicePolicy _voicePolicy;
    private (VoiceResolver Resolver, Dictionary<string, int> Index)? _voices;
    /// <summary>Reverse affiliation edges: parent key → the keys of the known actors naming it; null after a change.</summary>
    private Dictionary<int, List<int>>? _children;
    /// <summary>Known actors' keys → the order in which they were first added; null after a change.</summary>
    private Dictionary<int, int>? _ordinals;
    /// <summary>The answers of <see cref="DescendantsOrSelf"/> since the last change.</summary>
    private readonly Dictionary<int, int[]> _descendants = [];
    /// <summary>The voice of every id a node was made for, kept across changes (the nodes of an id share it).</summary>
    private readonly Dictionary<string, VoiceCell> _voiceCells = new(StringComparer.Ordinal);
    /// <summary>Whether an actor was added since the voices of <see cref="_voiceCells"/> were last set.</summary>
    private bool _voicesStale;

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
        _voices = null;
        _children = null;
        _ordinals = null;
        _descendants.Clear();
        _voicesStale = _voiceCells.Count > 0;
    }

    /// <summary>Sets the voice of every id a node was made for to what the actors known now make it, once after actors
    /// were added (O(actors + ids), else O(1)), and appends the ids whose voice changed to <paramref name="changed"/>.</summary>
    public void RefreshVoices(List<string> changed)
    {
        if (!_voicesStale)
        {
            return;
        }

        _voicesStale = false;
        foreach (var (id, cell) in _voiceCells)
        {
            var (voice, probable) = VoiceOf(id);
            if (cell.Set(voice, probable))
            {
                changed.Add(id);
            }
        }
    }

    /// <summary>The display name of an actor id (the id itself when unknown).</summary>
    public string NameOf(string id) => _actors.TryGetValue(id, out var actor) ? actor.Name ?? actor.Description ?? id : id;

    /// <summary>The node of <paramref name="id"/>; an unknown actor is its own root. O(a log a) the first time for
    /// a ancestors (they are sorted), then O(1).</summary>
    public ActorNode Get(string id)
    {
        if (_nodes.TryGetValue(id, out var node))
        {
            return node;
        }

        var (ancestors, roots) = Walk(id);
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

        if (!_voiceCells.TryGetValue(id, out var voice))
        {
            var (name, probable) = VoiceOf(id);
            _voiceCells.Add(id, voice = new VoiceCell(name, probable));
        }

        node = new ActorNode(id, NameOf(id), _keys.Intern(id), ancestorKeys, rootKeys, ValueList.Create<string>(roots.ToArray()), voice);
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

    /// <summary>Interned ids of the known actors whose <see cref="ActorNode.AncestorsOrSelf"/> contain
    /// <paramref name="key"/> (the actor and every known actor below it), in the order the actors were first
    /// added; just <paramref name="key"/> when no known actor is at or below it. The reverse edges are built once
    /// after a change (O(actors + affiliations)); each key's answer is then found by one walk up the reverse edges
    /// (O(descendants)) and kept.</summary>
    public int[] DescendantsOrSelf(int key)
    {
        if (_children is null || _ordinals is null)
        {
            (_children, _ordinals) = BuildReverseEdges();
        }

        if (_descendants.TryGetValue(key, out var descendants))
        {
            return descendants;
        }

        var found = new List<int>();
        var visited = new HashSet<int> { key };
        var queue = new Queue<int>();
        queue.Enqueue(key);
        while (queue.TryDequeue(out var current))
        {
            if (_ordinals.ContainsKey(current))
            {
                found.Add(current);
            }

            if (_children.TryGetValue(current, out var children))
            {
                foreach (var child in children)
                {
                    if (visited.Add(child))
                    {
                        queue.Enqueue(child);
                    }
                }
            }
        }

        if (found.Count == 0)
        {
            // Neither a known actor nor named by one: only itself (an unknown actor has no affiliations).
            descendants = [key];
        }
        else
        {
            descendants = [.. found];
            var ordinals = _ordinals;
            Array.Sort(descendants, (a, b) => ordinals[a].CompareTo(ordinals[b]));
        }

        _descendants.Add(key, descendants);
        return descendants;
    }

    /// <summary>The ids of <paramref name="id"/> and every actor above it, and the roots among them (unknown actors
    /// and actors without affiliations), each once, by a depth-first walk with an explicit stack.</summary>
    private (List<string> Ancestors, List<string> Roots) Walk(string id)
    {
        var ancestors = new List<string>();
        var roots = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        stack.Push(id);
        while (stack.TryPop(out var current))
        {
            if (!visited.Add(current))
            {
                continue;
            }

            ancestors.Add(current);
            if (!_actors.TryGetValue(current, out var actor) || actor.Affiliations.IsEmpty)
            {
                roots.Add(current);
                continue;
            }

            var affiliations = actor.Affiliations;
            for (var i = affiliations.Count - 1; i >= 0; i--)
            {
                stack.Push(affiliations[i].Actor);
            }
        }

        return (ancestors, roots);
    }

    /// <summary>The reverse affiliation edges (parent key → the keys of the known actors naming it) and the order
    /// in which the known actors were first added.</summary>
    private (Dictionary<int, List<int>> Children, Dictionary<int, int> Ordinals) BuildReverseEdges()
    {
        var allChildren = new Dictionary<int, List<int>>();
        var ordinals = new Dictionary<int, int>(_actors.Count);
        var ordinal = 0;
        foreach (var (id, actor) in _actors)
        {
            var key = _keys.Intern(id);
            ordinals.Add(key, ordinal++);
            foreach (var affiliation in actor.Affiliations)
            {
                var parent = _keys.Intern(affiliation.Actor);
                if (!allChildren.TryGetValue(parent, out var children))
                {
                    allChildren.Add(parent, children = []);
                }

                children.Add(key);
            }
        }

        return (allChildren, ordinals);
    }
}
