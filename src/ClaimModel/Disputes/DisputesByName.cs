namespace ClaimModel.Disputes;

/// <summary>The disputes each name (a claim id, a claimant's actor id) takes part in, by the number the tracker gave
/// each dispute, for finding the disputes a change touches without a walk over all of them
/// (<see cref="DisputeTracker"/>). A name in one dispute — most claims — costs one dictionary entry; a name in several
/// gets a set of numbers (4 bytes a dispute, hashed as an int, not as the dispute's key strings). Add and remove are
/// O(1).</summary>
internal sealed class DisputesByName
{
    private readonly Dictionary<string, int> _one = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _many = new(StringComparer.Ordinal);

    /// <summary>Notes that <paramref name="name"/> takes part in dispute <paramref name="number"/> (again: nothing
    /// changes).</summary>
    public void Add(string name, int number)
    {
        if (_many.TryGetValue(name, out var numbers))
        {
            numbers.Add(number);
        }
        else if (!_one.TryGetValue(name, out var single))
        {
            _one.Add(name, number);
        }
        else if (single != number)
        {
            _one.Remove(name);
            _many.Add(name, [single, number]);
        }
    }

    /// <summary>Notes that <paramref name="name"/> no longer takes part in dispute <paramref name="number"/>.</summary>
    public void Remove(string name, int number)
    {
        if (_many.TryGetValue(name, out var numbers))
        {
            numbers.Remove(number);
            if (numbers.Count == 0)
            {
                _many.Remove(name);
            }
        }
        else if (_one.TryGetValue(name, out var single) && single == number)
        {
            _one.Remove(name);
        }
    }

    /// <summary>Adds the numbers of the disputes <paramref name="name"/> takes part in to <paramref name="numbers"/>.</summary>
    public void CopyTo(string name, HashSet<int> numbers)
    {
        if (_many.TryGetValue(name, out var many))
        {
            numbers.UnionWith(many);
        }
        else if (_one.TryGetValue(name, out var single))
        {
            numbers.Add(single);
        }
    }

    /// <summary>Forgets every name.</summary>
    public void Clear()
    {
        _one.Clear();
        _many.Clear();
    }
}
