using System.Diagnostics.CodeAnalysis;

namespace ClaimModel.Disputes;

/// <summary>A set of strings (ordinal) the dispute builders gather per position and voice — claimants, sides,
/// statements, sources — and hand out sorted: almost always a handful, so kept in a small array searched linearly, and
/// in a <see cref="HashSet{T}"/> only past <see cref="LinearLimit"/> (a hash set per list costs hundreds of bytes even
/// for one string). A mutable struct held in a field (or a local) of its owner, not an object of its own: the first
/// string is kept inline, so a set of one (most of them) allocates nothing; never copy one that is in use.</summary>
internal struct DistinctStrings
{
    /// <summary>The count up to which the strings are searched linearly.</summary>
    internal const int LinearLimit = 8;

    /// <summary>The only string while there is one and no array.</summary>
    private string? _one;

    /// <summary>Every string once there are two.</summary>
    private string[]? _items;

    private HashSet<string>? _large;

    /// <summary>How many distinct strings were added.</summary>
    public int Count { get; private set; }

    /// <summary>The strings in the order added.</summary>
    [UnscopedRef]
    public ReadOnlySpan<string> Items => _items is { } items
        ? items.AsSpan(0, Count)
        : Count == 0 ? [] : new ReadOnlySpan<string>(ref _one!);

    /// <summary>Adds <paramref name="item"/> unless it is in the set; whether it was added.</summary>
    public bool Add(string item)
    {
        if (_large is not null ? !_large.Add(item) : IndexOfOrdinal(item) >= 0)
        {
            return false;
        }

        if (_items is null && Count == 0)
        {
            _one = item;
            Count = 1;
            return true;
        }

        if (_items is null)
        {
            _items = new string[4];
            _items[0] = _one!;
            _one = null;
        }
        else if (Count == _items.Length)
        {
            Array.Resize(ref _items, Count * 2);
        }

        _items[Count++] = item;
        if (_large is null && Count > LinearLimit)
        {
            _large = new HashSet<string>(_items.Take(Count), StringComparer.Ordinal);
        }

        return true;
    }

    /// <summary>Adds each of <paramref name="items"/>.</summary>
    public void AddRange(ValueList<string> items)
    {
        foreach (var item in items.AsSpan())
        {
            Add(item);
        }
    }

    /// <summary>Whether <paramref name="item"/> is in the set.</summary>
    public readonly bool Contains(string item) => _large?.Contains(item) ?? IndexOfOrdinal(item) >= 0;

    /// <summary>Empties the set (keeping its array).</summary>
    public void Clear()
    {
        if (_items is not null)
        {
            Array.Clear(_items, 0, Count);
        }

        _one = null;
        Count = 0;
        _large = null;
    }

    /// <summary>The strings, sorted ordinally, in a new list.</summary>
    public readonly ValueList<string> Sorted()
    {
        if (Count <= 1)
        {
            return Count == 0 ? [] : new ValueList<string>([_items?[0] ?? _one!]);
        }

        var items = _items.AsSpan(0, Count).ToArray();
        Array.Sort(items, StringComparer.Ordinal);
        return new ValueList<string>(items);
    }

    private readonly int IndexOfOrdinal(string item)
    {
        if (_items is null)
        {
            return Count == 1 && string.Equals(_one, item, StringComparison.Ordinal) ? 0 : -1;
        }

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
