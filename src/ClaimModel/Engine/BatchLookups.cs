namespace ClaimModel.Engine;

/// <summary>What the statements of a whole batch can look up, when the index is told it will get no others (batch
/// analysis): a claim is filed for the denials and absences that come after it, so in a batch it need be filed only
/// under the keys one of them looks up. An acting claim is looked up by an absence of its actor or of an ancestor of
/// it. A claim of an incident is looked up under its statement key by a denial by statement of that incident or of
/// none (a general denial), a claim of no incident by a general denial only; for the actor families the denial may
/// name the actor or an ancestor of it. Every key a lookup reads is still filed in full: the same pairs are compared
/// in the same order, and the report is the same.</summary>
internal sealed class BatchLookups
{
    private readonly KeySet _absent = new();
    private readonly KeySet _generalResponsible = new();
    private readonly KeySet _generalAbsent = new();
    private readonly KeySet _generalPresent = new();
    private readonly HashSet<BucketKey> _denied = [];

    /// <summary>Notes an actor some absence of the batch names.</summary>
    public void AddAbsent(int actor) => _absent.Add(actor);

    /// <summary>Notes a key some denial by statement of the batch is filed under (its incident, or none).</summary>
    public void AddDenied(BucketKey key)
    {
        if (key.Incident == KeyInterner.None && General(key) is { } general)
        {
            general.Add(key.A);
        }
        else
        {
            _denied.Add(key);
        }
    }

    /// <summary>Whether an absence of the batch can look up acting claims of <paramref name="actor"/>.</summary>
    public bool MayMeetAbsence(ActorNode actor)
    {
        if (_absent.IsEmpty)
        {
            return false;
        }

        foreach (var ancestor in actor.AncestorsOrSelf)
        {
            if (_absent.Contains(ancestor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a denial of the batch can look up a claim of <paramref name="incident"/> filed under
    /// <paramref name="key"/> (a statement key, of no incident); <paramref name="actor"/> is the node of the key's
    /// actor for the actor families.</summary>
    public bool MayBeDenied(BucketKey key, int incident, ActorNode? actor)
    {
        if (General(key) is not { } general)
        {
            return _denied.Contains(key) || (incident != KeyInterner.None && _denied.Contains(key with { Incident = incident }));
        }

        if (actor is null)
        {
            return true;
        }

        foreach (var ancestor in actor.AncestorsOrSelf)
        {
            if (general.Contains(ancestor) || (incident != KeyInterner.None && _denied.Contains(key with { Incident = incident, A = ancestor })))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The actors named by general denials of the key's actor family; null for a key of no actor.</summary>
    private KeySet? General(BucketKey key) => key.Kind switch
    {
        BucketKind.DeniableResponsibility => _generalResponsible,
        BucketKind.DeniablePresence => key.B == 1 ? _generalPresent : _generalAbsent,
        _ => null,
    };
}
