namespace ClaimModel.Disputes;

/// <summary>The disputes each name (a claim id, a claimant's actor id) takes part in, for finding the disputes a change
/// touches without a walk over all of them (<see cref="DisputeTracker"/>). A name in one dispute — most claims — costs
/// one dictionary entry; a name in several gets a set. Add and remove are O(1).</summary>
internal sealed class DisputeKeysByName
{
    private readonly Dictionary<string, DisputeKey> _one = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<DisputeKey>> _many = new(StringComparer.Ordinal);

    /// <summary>Notes that <paramref name="name"/> takes part in <paramref name="key"/> (again: nothing changes).</summary>
    public void Add(string name, DisputeKey key)
    {
        if (_many.TryGetValue(name, out var keys))
        {
            keys.Add(key);
        }
        else if (!_one.TryGetValue(name, out var single))
        {
            _one.Add(name, key);
        }
        else if (single != key)
        {
            _one.Remove(name);
            _many.Add(name, [single, key]);
        }
    }

    /// <summary>Notes that <paramref name="name"/> no longer takes part in <paramref name="key"/>.</summary>
    public void Remove(string name, DisputeKey key)
    {
        if (_many.TryGetValue(name, out var keys))
        {
            keys.Remove(key);
            if (keys.Count == 0)
            {
                _many.Remove(name);
            }
        }
        else if (_one.TryGetValue(name, out var single) && single == key)
        {
            _one.Remove(name);
        }
    }

    /// <summary>Adds the disputes <paramref name="name"/> takes part in to <paramref name="keys"/>.</summary>
    public void CopyTo(string name, HashSet<DisputeKey> keys)
    {
        if (_many.TryGetValue(name, out var many))
        {
            keys.UnionWith(many);
        }
        else if (_one.TryGetValue(name, out var single))
        {
            keys.Add(single);
        }
    }

    /// <summary>Forgets every name.</summary>
    public void Clear()
    {
        _one.Clear();
        _many.Clear();
    }
}
