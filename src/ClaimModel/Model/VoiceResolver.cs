namespace ClaimModel;

/// <summary>Which actors speak with one voice: the one place that turns identity links and spokesperson
/// affiliations into voices, for every stage that needs them (validation of updates; independence counting).</summary>
/// <remarks>
/// <para>Two actors are one voice when a chain of these links joins them, in either direction: an identity link
/// (<see cref="Actor.SameAs"/>, confirmed or probable — a probable identity still joins the voices) or an
/// affiliation <see cref="AffiliationRelation.SpokespersonFor"/> or <see cref="AffiliationRelation.OfficialOf"/>
/// (a spokesperson, or an official, and the body it speaks for). The relation is transitive: two spokespersons of
/// one ministry are one voice with it. <see cref="AffiliationRelation.MemberOf"/>, <see cref="AffiliationRelation.PartOf"/>
/// and <see cref="AffiliationRelation.ControlledBy"/> do not join voices (a ministry and its state, a state and its
/// coalition, an outlet and its owner speak for themselves; they share a <em>side</em>, not a voice).</para>
/// <para>An id resolves to an actor through the function given (a document's first record with that id); links to
/// ids that are no actor are ignored, and a claimant id that is no actor is a voice of its own (equal to itself
/// only). Built in time linear in the actors and their links with a union–find (union by size, path halving:
/// iterative, so a 100,000-long chain of links cannot overflow the stack); each question is near-constant time.
/// Amendments are not read: resolve voices on a document whose amendments are applied.</para>
/// </remarks>
internal sealed class VoiceResolver
{
    /// <summary>The documented rule: a spokesperson or an official and the body it speaks for are one voice.</summary>
    public static readonly ValueList<AffiliationRelation> DefaultJoiningRelations = [AffiliationRelation.SpokespersonFor, AffiliationRelation.OfficialOf];

    private readonly Func<string?, int> _actorIndex;
    private readonly int[] _parent;
    private readonly int[] _size;
    private readonly bool[] _probable;
    private string?[]? _names;
    private readonly ValueList<AffiliationRelation> _joining;
    private readonly ValueList<Actor> _actors;

    /// <summary>Builds the voices of <paramref name="actors"/>.</summary>
    /// <param name="actors">The actors (null elements are skipped).</param>
    /// <param name="actorIndex">The index in <paramref name="actors"/> of the actor an id names, or −1.</param>
    /// <param name="joiningRelations">The affiliation relations that join voices; <see cref="DefaultJoiningRelations"/>
    /// when <see langword="null"/>.</param>
    /// <param name="joinProbableIdentities">Whether probable identity links join voices (confirmed ones always do).</param>
    public VoiceResolver(ValueList<Actor> actors, Func<string?, int> actorIndex, ValueList<AffiliationRelation>? joiningRelations = null, bool joinProbableIdentities = true)
    {
        var joining = joiningRelations ?? DefaultJoiningRelations;
        _joining = joining;
        _actors = actors;
        _actorIndex = actorIndex;
        _parent = new int[actors.Count];
        _size = new int[actors.Count];
        _probable = new bool[actors.Count];
        for (var i = 0; i < _parent.Length; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }

        var span = actors.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] is not { } actor)
            {
                continue;
            }

            foreach (var affiliation in actor.Affiliations)
            {
                if (affiliation is not null && joining.AsSpan().Contains(affiliation.Relation))
                {
                    Join(i, affiliation.Actor, probable: false);
                }
            }

            foreach (var link in actor.SameAs)
            {
                if (link is not null && (link.Certainty == IdentityCertainty.Confirmed || joinProbableIdentities))
                {
                    Join(i, link.Actor, probable: link.Certainty == IdentityCertainty.Probable);
                }
            }
        }
    }

    /// <summary>The voices of <paramref name="actors"/>, an id naming the first actor that has it.</summary>
    /// <param name="actors">The actors.</param>
    public static VoiceResolver Of(ValueList<Actor> actors)
    {
        var owners = new Dictionary<string, int>(actors.Count, StringComparer.Ordinal);
        for (var i = 0; i < actors.Count; i++)
        {
            if (actors[i]?.Id is { } id)
            {
                owners.TryAdd(id, i);
            }
        }

        return new VoiceResolver(actors, id => id is not null && owners.TryGetValue(id, out var index) ? index : -1);
    }

    /// <summary>The voice of the actor at <paramref name="actor"/>: the index of one actor of the voice, the same
    /// for every actor of it.</summary>
    /// <param name="actor">An index in the actors.</param>
    public int VoiceOf(int actor)
    {
        var node = actor;
        while (_parent[node] != node)
        {
            _parent[node] = _parent[_parent[node]];
            node = _parent[node];
        }

        return node;
    }

    /// <summary>The name of the voice of the actor at <paramref name="actor"/>: the body it speaks for — the ordinally
    /// smallest id among its actors that another of its actors is spokesperson or official for —, else the ordinally
    /// smallest id among its actors; the same whatever the order of the actors ("russia-mod" for Konashenkov and the
    /// ministry).</summary>
    /// <param name="actor">An index in the actors.</param>
    public string VoiceName(int actor)
    {
        if (_names is null)
        {
            var names = new string?[_parent.Length];
            var bodies = new bool[_parent.Length];
            var span = _actors.AsSpan();
            foreach (var member in span)
            {
                foreach (var affiliation in member?.Affiliations ?? default)
                {
                    var body = affiliation is null || !_joining.AsSpan().Contains(affiliation.Relation) ? -1 : _actorIndex(affiliation.Actor);
                    if (body >= 0 && body < bodies.Length)
                    {
                        bodies[body] = true;
                    }
                }
            }

            var named = new bool[_parent.Length];
            for (var i = 0; i < span.Length; i++)
            {
                if (span[i]?.Id is { } id)
                {
                    var root = VoiceOf(i);
                    var better = names[root] is null
                        || (bodies[i] && !named[root])
                        || (bodies[i] == named[root] && string.CompareOrdinal(id, names[root]) < 0);
                    if (better)
                    {
                        names[root] = id;
                        named[root] = bodies[i];
                    }
                }
            }

            _names = names;
        }

        return _names[VoiceOf(actor)] ?? _actors[actor].Id;
    }

    /// <summary>Whether the voice of the actor at <paramref name="actor"/> was joined through a probable identity link.</summary>
    /// <param name="actor">An index in the actors.</param>
    public bool IsProbable(int actor) => _probable[VoiceOf(actor)];

    /// <summary>Whether the actors <paramref name="a"/> and <paramref name="b"/> (ids) are one voice: the same id, or
    /// two actors joined by identity links and spokesperson/official affiliations.</summary>
    /// <param name="a">An actor id.</param>
    /// <param name="b">Another actor id.</param>
    public bool SameVoice(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        var x = _actorIndex(a);
        var y = _actorIndex(b);
        return x >= 0 && y >= 0 && VoiceOf(x) == VoiceOf(y);
    }

    private void Join(int actor, string? other, bool probable)
    {
        var target = _actorIndex(other);
        if (target < 0 || target >= _parent.Length)
        {
            return;
        }

        var x = VoiceOf(actor);
        var y = VoiceOf(target);
        if (x == y)
        {
            return;
        }

        if (_size[x] < _size[y])
        {
            (x, y) = (y, x);
        }

        _parent[y] = x;
        _size[x] += _size[y];
        _probable[x] |= probable || _probable[y];
    }
}
