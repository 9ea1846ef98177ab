namespace ClaimModel.Engine;

/// <summary>An actor's precomputed place in the affiliation graph: interned key, ancestors and side; its id, name and
/// side are the <see cref="ClaimantFacts"/> its participants show.</summary>
internal sealed class ActorNode : ClaimantFacts
{
    private static int s_serials;

    /// <summary>On a node without <see cref="Parent"/>: the ancestors-or-self, the actor first.</summary>
    private readonly int[] _ancestors;
    private string? _side;
    private string? _who;

    private readonly VoiceCell _voice;
    private ActorNode[]? _alone;

    /// <summary>This node alone in an array, made once and shared by every entry whose statement names only this actor
    /// (never written to).</summary>
    public ActorNode[] Alone => _alone ??= [this];

    /// <summary>Creates a node whose ancestors-or-self are <paramref name="ancestorsOrSelf"/> (the actor first) and whose
    /// voice is the id's shared <paramref name="voice"/>.</summary>
    public ActorNode(string id, string name, int key, int[] ancestorsOrSelf, int[] rootKeys, ValueList<string> roots, VoiceCell voice)
        : base(id, name, roots)
    {
        _voice = voice;
        Key = key;
        _ancestors = ancestorsOrSelf;
        Base = this;
        AncestorCount = ancestorsOrSelf.Length;
        RootKeys = rootKeys;
        Serial = Interlocked.Increment(ref s_serials);
    }

    /// <summary>Creates the node of an actor whose only affiliation is <paramref name="parent"/>'s actor (and which is
    /// not above it): its ancestors are itself and the parent's, and its side is the parent's — shared, not copied, so
    /// a chain of n actors costs O(n) however long.</summary>
    public ActorNode(string id, string name, int key, ActorNode parent, VoiceCell voice)
        : base(id, name, parent.Roots)
    {
        _voice = voice;
        Key = key;
        Parent = parent;
        _ancestors = [];
        Base = parent.Base;
        AncestorCount = parent.AncestorCount + 1;
        RootKeys = parent.RootKeys;
        Serial = Interlocked.Increment(ref s_serials);
    }

    /// <summary>A number no other node of the process has (while fewer than 2³² were made): nodes are rebuilt when an
    /// actor is added, so equal serials mean the same id with the same ancestors and side.</summary>
    public int Serial { get; }

    /// <summary>The actor's voice (<see cref="VoiceResolver"/>): the name of the voice it speaks with, as the actors
    /// known now make it (shared by every node of the id: <see cref="VoiceCell"/>).</summary>
    public string Voice => _voice.Voice;

    /// <summary>Whether the voice was joined through a probable identity link.</summary>
    public bool VoiceIsProbable => _voice.Probable;

    /// <summary>The interned id.</summary>
    public int Key { get; }

    /// <summary>The node of the only affiliation, when the actor has one and is not above it (a link of a chain);
    /// <see langword="null"/> otherwise (then the ancestors are kept as an array).</summary>
    public ActorNode? Parent { get; }

    /// <summary>The first node up the <see cref="Parent"/> links that has no parent (this node when it has none).</summary>
    public ActorNode Base { get; }

    /// <summary>How many actors <see cref="AncestorsOrSelf"/> lists.</summary>
    public int AncestorCount { get; }

    /// <summary>On a node without <see cref="Parent"/>: its ancestors-or-self (the actor first).</summary>
    public ReadOnlySpan<int> OwnAncestors => _ancestors;

    /// <summary>Interned ids of the actor and every actor above it, each once: up the <see cref="Parent"/> links, then
    /// the ancestors of the <see cref="Base"/>. Allocation-free.</summary>
    public AncestorKeys AncestorsOrSelf => new(this);

    /// <summary>Interned ids of the roots (the side), in the order of <see cref="ClaimantFacts.Roots"/>.</summary>
    public int[] RootKeys { get; }

    /// <summary>The side as shown in explanations: the root ids joined by "+" ("US+UK"). Built once.</summary>
    public string Side => _side ??= string.Join("+", Roots);

    /// <summary>The claimant as shown in explanations: "United States (side US)". Built once.</summary>
    public string Who => _who ??= string.Concat(Name, " (side ", Side, ")");

    /// <summary>Whether the two actors share a root, i.e. are on the same side.</summary>
    /// <summary>Whether some actor of <paramref name="a"/> shares a side with some actor of <paramref name="b"/>.</summary>
    public static bool AnySharesSide(ActorNode[] a, ActorNode[] b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (x.SharesSideWith(y))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether some actor of <paramref name="a"/> is some actor of <paramref name="b"/> or affiliated with it
    /// (one is an ancestor-or-self of the other): the same actor, for the same act.</summary>
    public static bool AnyRelated(ActorNode[] a, ActorNode[] b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (x.IsAffiliateOf(y.Key) || y.IsAffiliateOf(x.Key))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public bool SharesSideWith(ActorNode other)
    {
        foreach (var a in RootKeys)
        {
            foreach (var b in other.RootKeys)
            {
                if (a == b)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="ancestorKey"/> is this actor or above it.</summary>
    public bool IsAffiliateOf(int ancestorKey)
    {
        var node = this;
        while (node.Parent is { } parent)
        {
            if (node.Key == ancestorKey)
            {
                return true;
            }

            node = parent;
        }

        return Array.IndexOf(node._ancestors, ancestorKey) >= 0;
    }
}
