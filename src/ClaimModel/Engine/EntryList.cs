namespace ClaimModel.Engine;

/// <summary>Entries in the order they were added: the first in a field, the rest in an array made for the second and
/// doubled when full — no list object, and no array at all for one entry (most answer groups hold one; bucket keys share
/// pooled runs instead, <see cref="EntryBuckets{T}"/>).</summary>
/// <remarks>A mutable value: keep it in a field or a dictionary slot and change it through a reference to it
/// (<c>CollectionsMarshal.GetValueRefOrAddDefault</c>). A copy reads the entries
/// the original held when it was copied.</remarks>
/// <typeparam name="T">The entry type.</typeparam>
internal struct EntryList<T>
    where T : class
{
    private T? _first;
    private T[]? _rest;

    /// <summary>How many entries.</summary>
    public int Count { readonly get; private set; }

    /// <summary>The entry at <paramref name="index"/> (add order; below <see cref="Count"/>).</summary>
    public readonly T this[int index] => index == 0 ? _first! : _rest![index - 1];

    /// <summary>Appends an entry.</summary>
    public void Add(T entry)
    {
        if (Count == 0)
        {
            _first = entry;
        }
        else
        {
            if (_rest is null || Count - 1 == _rest.Length)
            {
                Array.Resize(ref _rest, Math.Max(1, (Count - 1) * 2));
            }

            _rest[Count - 1] = entry;
        }

        Count++;
    }

    /// <summary>Removes the last entry when it is <paramref name="entry"/> (undoing a failed add); whether it was.</summary>
    public bool RemoveLast(T entry)
    {
        if (Count == 0 || !ReferenceEquals(this[Count - 1], entry))
        {
            return false;
        }

        if (--Count == 0)
        {
            _first = null;
        }
        else
        {
            _rest![Count - 1] = null!;
        }

        return true;
    }
}
