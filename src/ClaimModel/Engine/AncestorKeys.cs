namespace ClaimModel.Engine;

/// <summary>The interned ids of an actor and every actor above it (<see cref="ActorNode.AncestorsOrSelf"/>), each once:
/// the keys up the <see cref="ActorNode.Parent"/> links, then the <see cref="ActorNode.Base"/>'s own ancestors. A
/// struct enumerable, so that walking a million-long chain allocates nothing.</summary>
internal readonly struct AncestorKeys
{
    private readonly ActorNode _node;

    public AncestorKeys(ActorNode node) => _node = node;

    /// <summary>How many keys there are.</summary>
    public int Count => _node.AncestorCount;

    /// <summary>Starts the walk.</summary>
    public Enumerator GetEnumerator() => new(_node);

    /// <summary>The keys in walk order, copied into a new array.</summary>
    public int[] ToArray()
    {
        var keys = new int[Count];
        var i = 0;
        foreach (var key in this)
        {
            keys[i++] = key;
        }

        return keys;
    }

    /// <summary>The walk up the links, then along the base's array.</summary>
    public struct Enumerator
    {
        private ActorNode? _next;
        private ActorNode? _base;
        private int _index;

        public Enumerator(ActorNode node)
        {
            _next = node;
            _index = -1;
            Current = 0;
        }

        /// <summary>The current key.</summary>
        public int Current { get; private set; }

        /// <summary>Moves to the next key.</summary>
        public bool MoveNext()
        {
            if (_next is { } next)
            {
                if (next.Parent is { } parent)
                {
                    Current = next.Key;
                    _next = parent;
                    return true;
                }

                _base = next;
                _next = null;
            }

            if (_base is null)
            {
                return false;
            }

            var own = _base.OwnAncestors;
            if (++_index < own.Length)
            {
                Current = own[_index];
                return true;
            }

            return false;
        }
    }
}
