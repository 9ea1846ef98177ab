namespace ClaimModel.Engine;

/// <summary>A set of interned keys (<see cref="KeyInterner"/>: small dense integers) as a growing bit array: O(1)
/// add and test without hashing, for the checks made once per ancestor or descendant on long chains. Not
/// thread-safe.</summary>
internal sealed class KeySet
{
    private ulong[] _bits = [];

    /// <summary>Whether nothing was added.</summary>
    public bool IsEmpty { get; private set; } = true;

    /// <summary>Adds <paramref name="key"/> (at least 0).</summary>
    public void Add(int key)
    {
        var word = key >> 6;
        if (word >= _bits.Length)
        {
            Array.Resize(ref _bits, Math.Max(word + 1, _bits.Length * 2));
        }

        _bits[word] |= 1UL << (key & 63);
        IsEmpty = false;
    }

    /// <summary>Whether <paramref name="key"/> was added (<see langword="false"/> for a negative key).</summary>
    public bool Contains(int key)
    {
        var word = key >> 6;
        return (uint)word < (uint)_bits.Length && (_bits[word] & (1UL << (key & 63))) != 0;
    }

    /// <summary>Removes every key.</summary>
    public void Clear()
    {
        Array.Clear(_bits);
        IsEmpty = true;
    }
}
