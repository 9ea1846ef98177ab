namespace ClaimModel.Disputes;

/// <summary>A set of strings (ordinal) the dispute builders gather per position and voice — claimants, sides,
/// statements, sources — and hand out sorted: almost always a handful, so kept in a small array searched linearly, and
/// in a <see cref="HashSet{T}"/> only past <see cref="LinearLimit"/> (a hash set per list costs hundreds of bytes even
/// for one string).</summary>
internal sealed class DistinctStrings
{
    /// <summary>The count up to which the strings are searched linearly.</summary>
    internal const int LinearLimit = 8;

    private string[] _items = [];
    private HashSet<string>? _large;

    /// <summary>How many distinct strings were added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="item"/> unless it is in the set; whether it was added.</summary>
    public bool Add(string item)
    {
        if (_large is not null ? !_large.Add(item) : IndexOfOrdinal(item) >= 0)
        {
            return false;
        }

        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(1, Count * 2));
        }

        _items[Count++] = item;
        if (_large is null && Count > LinearLimit)
        {
            _large = new HashSet<string>(_items.Take(Count), StringComparer.Ordinal);
        }

        return true;
    }

    /// <summary>Adds every string of <paramref name="items"/>.</summary>
    public void AddRange(ValueList<string> items)
    {
        foreach (var item in items.AsSpan())
        {
            Add(item);
        }
    }

    /// <summary>Whether <paramref name="item"/> is in the set.</summary>
    public bool Contains(string item) => _large?.Contains(item) ?? IndexOfOrdinal(item) >= 0;

    /// <summary>Removes every string.</summary>
    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
        _large = null;
    }

    /// <summary>The strings, sorted ordinally.</summary>
    public ValueList<string> Sorted()
    {
        var items = _items.AsSpan(0, Count).ToArray();
        if (items.Length > 1)
        {
            Array.Sort(items, StringComparer.Ordinal);
        }

        return new ValueList<string>(items);
    }

    /// <summary>The strings in the order they were added.</summary>
    public ReadOnlySpan<string> Items => _items.AsSpan(0, Count);

    private int IndexOfOrdinal(string item)
    {
        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(_items[i], item, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
