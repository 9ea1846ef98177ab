namespace ClaimModel.Engine;

/// <summary>An actor's precomputed place in the affiliation graph: interned key, ancestors and side.</summary>
internal sealed class ActorNode
{
    private static int s_serials;

    private string? _side;
    private string? _who;

    private readonly VoiceCell _voice;

    public ActorNode(string id, string name, int key, int[] ancestorsOrSelf, int[] rootKeys, ValueList<string> roots, VoiceCell voice)
    {
        _voice = voice;
        Id = id;
        Name = name;
        Key = key;
        AncestorsOrSelf = ancestorsOrSelf;
        RootKeys = rootKeys;
        Roots = roots;
        Serial = Interlocked.Increment(ref s_serials);
    }

    /// <summary>A number no other node of the process has (while fewer than 2³² were made): nodes are rebuilt when an
    /// actor is added, so equal serials mean the same id with the same ancestors and side.</summary>
    public int Serial { get; }

    /// <summary>The actor id.</summary>
    public string Id { get; }

    /// <summary>The actor's voice (<see cref="VoiceResolver"/>): the name of the voice it speaks with, as the actors
    /// known now make it (shared by every node of the id: <see cref="VoiceCell"/>).</summary>
    public string Voice => _voice.Voice;

    /// <summary>Whether the voice was joined through a probable identity link.</summary>
    public bool VoiceIsProbable => _voice.Probable;

    /// <summary>The display name (the id when the actor is unknown).</summary>
    public string Name { get; }

    /// <summary>The interned id.</summary>
    public int Key { get; }

    /// <summary>Interned ids of the actor and every actor above it.</summary>
    public int[] AncestorsOrSelf { get; }

    /// <summary>Interned ids of the roots (the side), in the order of <see cref="Roots"/>.</summary>
    public int[] RootKeys { get; }

    /// <summary>The root ids (the side), sorted ordinally.</summary>
    public ValueList<string> Roots { get; }

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
    public bool IsAffiliateOf(int ancestorKey) => Array.IndexOf(AncestorsOrSelf, ancestorKey) >= 0;
}
