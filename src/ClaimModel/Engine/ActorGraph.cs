using System.Runtime.InteropServices;

namespace ClaimModel.Engine;

/// <summary>The affiliation graph: actors and their cached <see cref="ActorNode"/>s (ancestors, side), both in
/// arrays indexed by the actor's interned key, with the key of each actor's only affiliation taken when the actor is
/// added: walking up a chain reads arrays and hashes no string. Every walk is iterative (an explicit stack or queue and a visited mark), so a chain of any length cannot
/// overflow the call stack and a node reachable by several paths is visited once. An actor whose only affiliation
/// is not above it gets a node linked to its parent's (<see cref="ActorNode.Parent"/>), so the nodes of a chain of n
/// actors cost O(n) together, not O(n²). Adding an actor clears the cached nodes and the cached reverse edges; the
/// voices of the ids met are kept, shared by their old and new nodes, and set again before the next node is made or
/// at <see cref="RefreshVoices"/>. Not thread-safe: owned by one writer.</summary>
internal sealed class ActorGraph
{
    /// <summary>Answers of <see cref="DescendantsOrSelf"/> up to this length are kept; longer ones are walked again.</summary>
    private const int KeptDescendants = 1024;

    /// <summary>The actors by interned key (null: no actor of that id).</summary>
    private Actor?[] _actorByKey = [];
    /// <summary>By interned key: one more than the key of the actor's only affiliation, 0 when it has none or several.</summary>
    private int[] _parentPlusOne = [];
    /// <summary>The keys of the actors in the order they were first added.</summary>
    private readonly List<int> _actorKeys = [];
    /// <summary>The cached nodes by interned key, and the keys that have one (to clear them after a change).</summary>
    private ActorNode?[] _nodeByKey = [];
    private readonly List<int> _nodeKeys = [];

    /// <summary>The most nodes <see cref="_nodeById"/> keeps.</summary>
    private const int KeptById = 4096;

    /// <summary>The cached nodes of the first <see cref="KeptById"/> ids asked for since the last change, by id: a table
    /// small enough to stay in the processor's cache, asked before the interner, whose table holds every incident, measure
    /// and place as well (every claim asks for its claimant's node).</summary>
    private readonly Dictionary<string, ActorNode> _nodeById = new(StringComparer.Ordinal);
    private readonly KeyInterner _keys;
    private readonly VoicePolicy _voicePolicy;
    private (VoiceResolver Resolver, Dictionary<string, int> Index)? _voices;
    /// <summary>Whether some actor has an affiliation or identity link that may join voices; until then every actor
    /// is its own voice and no resolver is built (a million-actor chain pays nothing for voices).</summary>
    private bool _mayJoinVoices;
    /// <summary>Reverse affiliation edges by parent key: the children of key k are
    /// <c>_children[_childStart[k].._childStart[k + 1]]</c>; null after a change.</summary>
    private int[]? _childStart;
    private int[] _children = [];
    /// <summary>The short answers of <see cref="DescendantsOrSelf"/> since the last change.</summary>
    private readonly Dictionary<int, int[]> _descendants = [];
    /// <summary>The voice of every id a node was made for, kept across changes (the nodes of an id share it).</summary>
    /// <summary>By interned key (an array, not a dictionary of ids: a million-long chain makes a million).</summary>
    private VoiceCell?[] _voiceCells = [];
    private int _voiceCellCount;
    /// <summary>Whether an actor was added since the voices of <see cref="_voiceCells"/> were last set.</summary>
    private bool _voicesStale;
    /// <summary>The ids whose voice changed since the last <see cref="RefreshVoices"/>.</summary>
    private readonly List<string> _revoiced = [];
    /// <summary>The answer of the last <see cref="DescendantsOrSelf"/> that was not kept.</summary>
    private readonly List<int> _found = [];
    /// <summary>Up a chain: the keys of the actors <see cref="Get"/> makes linked nodes for.</summary>
    private readonly List<int> _path = [];
    /// <summary>Visited marks by key: a key is visited by the current walk when its mark equals <see cref="_walk"/>.</summary>
    private int[] _marks = [];
    private int _walk;

    public ActorGraph(KeyInterner keys, VoicePolicy? voices = null)
    {
        _keys = keys;
        _voicePolicy = voices ?? VoicePolicy.Default;
    }

    /// <summary>Makes room for <paramref name="actors"/> more actors (and their keys), so that a batch of a million
    /// does not grow the tables step by step.</summary>
    public void EnsureCapacity(int actors)
    {
        _keys.EnsureCapacity(actors);
        _actorKeys.EnsureCapacity(_actorKeys.Count + actors);
        EnsureActorRoom(_keys.Count + actors - 1);
    }

    /// <summary>Adds or replaces an actor.</summary>
    public void Add(Actor actor)
    {
        var key = _keys.Intern(actor.Id);
        EnsureActorRoom(key);
        if (_actorByKey[key] is null)
        {
            _actorKeys.Add(key);
        }

        _actorByKey[key] = actor;
        var affiliations = actor.Affiliations;
        _parentPlusOne[key] = affiliations.Count == 1 && affiliations[0] is { } only ? _keys.Intern(only.Actor) + 1 : 0;
        _mayJoinVoices |= MayJoinVoices(actor);
        ClearNodes();
        _voices = null;
        _childStart = null;
        _descendants.Clear();
        _voicesStale = _voiceCellCount > 0;
    }

    /// <summary>Grows the actor tables to hold <paramref name="key"/>.</summary>
    private void EnsureActorRoom(int key)
    {
        if (key >= _actorByKey.Length)
        {
            var length = Math.Max(key + 1, Math.Max(16, _actorByKey.Length * 2));
            Array.Resize(ref _actorByKey, length);
            Array.Resize(ref _parentPlusOne, length);
        }
    }

    /// <summary>Drops the cached nodes: O(nodes kept), or O(keys) when most keys had one.</summary>
    private void ClearNodes()
    {
        if (_nodeKeys.Count > _nodeByKey.Length / 8)
        {
            Array.Clear(_nodeByKey);
        }
        else
        {
            foreach (var key in _nodeKeys)
            {
                _nodeByKey[key] = null;
            }
        }

        _nodeKeys.Clear();
        _nodeById.Clear();
    }

    /// <summary>The actor of <paramref name="id"/>, or null when none was added (without interning the id).</summary>
    private Actor? ActorOf(string id)
    {
        var key = _keys.Find(id);
        return (uint)key < (uint)_actorByKey.Length ? _actorByKey[key] : null;
    }

    /// <summary>Sets the voice of every id a node was made for to what the actors known now make it, once after actors
    /// were added (O(actors + ids), else O(1)), and appends the ids whose voice changed to <paramref name="changed"/>.</summary>
    public void RefreshVoices(List<string> changed)
    {
        SetVoices();
        changed.AddRange(_revoiced);
        _revoiced.Clear();
    }

    /// <summary>Sets the voices of <see cref="_voiceCells"/> after actors were added (a node made after an add speaks
    /// with the voice the actors known now make), keeping the ids that changed for <see cref="RefreshVoices"/>.</summary>
    private void SetVoices()
    {
        if (!_voicesStale)
        {
            return;
        }

        _voicesStale = false;
        foreach (var cell in _voiceCells)
        {
            if (cell is null)
            {
                continue;
            }

            var (voice, probable) = VoiceOf(cell.Id);
            if (cell.Set(voice, probable))
            {
                _revoiced.Add(cell.Id);
            }
        }
    }

    /// <summary>The voice cell of <paramref name="id"/>, made the first time with the id's voice now.</summary>
    private VoiceCell VoiceCellOf(string id, int key)
    {
        if (key >= _voiceCells.Length)
        {
            Array.Resize(ref _voiceCells, Math.Max(key + 1, Math.Max(16, _voiceCells.Length * 2)));
        }

        if (_voiceCells[key] is not { } cell)
        {
            var (name, probable) = VoiceOf(id);
            _voiceCells[key] = cell = new VoiceCell(id, name, probable);
            _voiceCellCount++;
        }

        return cell;
    }

    private bool MayJoinVoices(Actor actor)
    {
        if (!actor.SameAs.IsEmpty)
        {
            return true;
        }

        foreach (var affiliation in actor.Affiliations)
        {
            if (affiliation is not null && _voicePolicy.JoiningRelations.AsSpan().Contains(affiliation.Relation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The display name of an actor id (the id itself when unknown).</summary>
    public string NameOf(string id) => ActorOf(id) is { } actor ? NameOf(actor) : id;

    private static string NameOf(Actor actor) => actor.Name ?? actor.Description ?? actor.Id;

    /// <summary>The node of <paramref name="id"/>; an unknown actor is its own root. The first time: up the chain of
    /// actors with exactly one affiliation that have no node yet (O(chain)), each given a node linked to the next; the
    /// actor the chain ends at (an unknown actor, a root, an actor of several affiliations) is walked in full
    /// (O(a) for a ancestors). Then O(1).</summary>
    public ActorNode Get(string id)
    {
        if (_nodeById.TryGetValue(id, out var known))
        {
            return known;
        }

        var node = Find(id);
        if (_nodeById.Count < KeptById)
        {
            _nodeById.Add(id, node);
        }

        return node;
    }

    /// <summary>The node of <paramref name="id"/> by its interned key (<see cref="Get"/>, past <see cref="_nodeById"/>).</summary>
    private ActorNode Find(string id)
    {
        var key = _keys.Intern(id);
        if (NodeAt(key) is { } cached)
        {
            return cached;
        }

        SetVoices();
        var path = _path;
        path.Clear();
        var walk = NextWalk();
        var current = key;
        var currentId = id;
        ActorNode? node;
        while ((node = NodeAt(current)) is null)
        {
            if (IsVisited(current, walk))
            {
                // Back at an actor of the chain: single affiliations in a cycle, so no actor of it is below another.
                return Keep(key, Walked(id));
            }

            var actor = (uint)current < (uint)_actorByKey.Length ? _actorByKey[current] : null;
            if (actor is null || _parentPlusOne[current] == 0)
            {
                node = Keep(current, Walked(currentId));
                break;
            }

            Visit(current, walk);
            path.Add(current);
            current = _parentPlusOne[current] - 1;
            currentId = actor.Affiliations[0].Actor;
        }

        // An actor of the chain among the base's ancestors is above itself (a cycle through the base): walked in full.
        foreach (var ancestor in node.Base.OwnAncestors)
        {
            if (IsVisited(ancestor, walk))
            {
                return Keep(key, Walked(id));
            }
        }

        for (var i = path.Count - 1; i >= 0; i--)
        {
            var link = path[i];
            var actor = _actorByKey[link]!;
            node = Keep(link, new ActorNode(actor.Id, NameOf(actor), link, node, VoiceCellOf(actor.Id, link)));
        }

        path.Clear();
        return node;
    }

    private ActorNode? NodeAt(int key) => (uint)key < (uint)_nodeByKey.Length ? _nodeByKey[key] : null;

    private ActorNode Keep(int key, ActorNode node)
    {
        if (key >= _nodeByKey.Length)
        {
            Array.Resize(ref _nodeByKey, Math.Max(Math.Max(key + 1, _keys.Count), _nodeByKey.Length * 2));
        }

        if (_nodeByKey[key] is null)
        {
            _nodeKeys.Add(key);
        }

        _nodeByKey[key] = node;
        return node;
    }

    /// <summary>The node of <paramref name="id"/> with its ancestors walked in full (<see cref="Walk"/>), the actor
    /// first, and its roots sorted ordinally.</summary>
    private ActorNode Walked(string id)
    {
        var (ancestors, roots) = Walk(id);
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

        var key = _keys.Intern(id);
        return new ActorNode(id, NameOf(id), key, ancestorKeys, rootKeys, ValueList.Create<string>(roots.ToArray()), VoiceCellOf(id, key));
    }

    /// <summary>The voice of an actor id (<see cref="VoiceResolver"/> under the index's <see cref="VoicePolicy"/>):
    /// its name and whether a probable identity link joined it; an unknown actor is its own voice. The resolver is
    /// built at the first question after an actor was added.</summary>
    private (string Voice, bool Probable) VoiceOf(string id)
    {
        if (!_mayJoinVoices)
        {
            return (id, false);
        }

        if (_voices is null)
        {
            var actors = ValueList.From(_actorKeys.Select(key => _actorByKey[key]!));
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

    /// <summary>Interned ids of <paramref name="key"/> and of the known actors whose
    /// <see cref="ActorNode.AncestorsOrSelf"/> contain it (every known actor below it), each once, <paramref name="key"/>
    /// first and then breadth first — also when <paramref name="key"/> is not a known actor (an actor named only as a
    /// parent is still the actor its own claims name). The reverse edges are built once after a change
    /// (O(actors + affiliations)); each key's answer is then found by one walk down them (O(descendants)), and kept
    /// when short. The span is valid until the next call.</summary>
    public ReadOnlySpan<int> DescendantsOrSelf(int key)
    {
        if (_childStart is null)
        {
            BuildReverseEdges();
        }

        if (_descendants.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var starts = _childStart!;
        var found = _found;
        found.Clear();
        var walk = NextWalk();
        Visit(key, walk);
        found.Add(key);
        for (var i = 0; i < found.Count; i++)
        {
            var current = found[i];
            if ((uint)current >= (uint)(starts.Length - 1))
            {
                continue;
            }

            for (var c = starts[current]; c < starts[current + 1]; c++)
            {
                var child = _children[c];
                if (!IsVisited(child, walk))
                {
                    Visit(child, walk);
                    found.Add(child);
                }
            }
        }

        if (found.Count <= KeptDescendants)
        {
            kept = [.. found];
            _descendants.Add(key, kept);
            return kept;
        }

        return CollectionsMarshal.AsSpan(found);
    }

    /// <summary>Starts a walk: a mark no key has yet.</summary>
    private int NextWalk()
    {
        if (++_walk == int.MaxValue)
        {
            Array.Clear(_marks);
            _walk = 1;
        }

        return _walk;
    }

    private bool IsVisited(int key, int walk) => (uint)key < (uint)_marks.Length && _marks[key] == walk;

    private void Visit(int key, int walk)
    {
        if (key >= _marks.Length)
        {
            Array.Resize(ref _marks, Math.Max(Math.Max(key + 1, _keys.Count), _marks.Length * 2));
        }

        _marks[key] = walk;
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
            if (ActorOf(current) is not { } actor || actor.Affiliations.IsEmpty)
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

    /// <summary>Builds the reverse affiliation edges (parent key → the keys of the known actors naming it, in the
    /// order the actors were first added) as one array of children and one of start offsets by key.</summary>
    private void BuildReverseEdges()
    {
        var edges = new List<(int Parent, int Child)>(_actorKeys.Count);
        foreach (var key in _actorKeys)
        {
            var actor = _actorByKey[key]!;
            foreach (var affiliation in actor.Affiliations)
            {
                edges.Add((_keys.Intern(affiliation.Actor), key));
            }
        }

        var starts = new int[_keys.Count + 1];
        foreach (var (parent, _) in edges)
        {
            starts[parent + 1]++;
        }

        for (var k = 1; k < starts.Length; k++)
        {
            starts[k] += starts[k - 1];
        }

        var children = new int[edges.Count];
        var next = starts[..^1];
        foreach (var (parent, child) in edges)
        {
            children[next[parent]++] = child;
        }

        (_childStart, _children) = (starts, children);
    }
}
