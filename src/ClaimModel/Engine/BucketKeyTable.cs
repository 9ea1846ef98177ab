namespace ClaimModel.Engine;

/// <summary>A hash table from <see cref="BucketKey"/> to a value, for the tables that grow to hundreds of thousands of
/// keys (the buckets of an index): its keys and values are kept in chunks that are never copied, so growing re-links
/// only an array of chain heads (4 bytes a key), where a <see cref="Dictionary{TKey, TValue}"/> copies every entry into
/// an array twice as long and leaves the old one to the collector (at 1M claims about 40 bytes a key thrown away, and the
/// last array up to half empty).</summary>
/// <remarks>
/// <para>Separate chaining: a chain per head, the heads a power of two in number, at most one key per head on average
/// (Fibonacci hashing of the key's hash code picks the head). A removed key's slot goes to a free list and is taken
/// by the next key added.</para>
/// <para>One writer; no reader while it writes. A reference to a value (<see cref="GetValueRefOrAddDefault"/>,
/// <see cref="ValueAt"/>) stays valid while the table lives (chunks are never moved).</para>
/// </remarks>
/// <typeparam name="TValue">The value kept per key.</typeparam>
internal sealed class BucketKeyTable<TValue>
{
    private const int ChunkShift = 10;

    /// <summary>Slots per chunk (each 40 bytes for an 8-byte value: a chunk stays below the large object heap).</summary>
    private const int ChunkSize = 1 << ChunkShift;

    /// <summary>The first number of heads.</summary>
    private const int InitialHeads = 16;

    private Slot[][] _chunks = [];

    /// <summary>Per head: the first slot of its chain plus one; 0 for none.</summary>
    private int[] _heads = new int[InitialHeads];

    /// <summary>32 minus the base-2 logarithm of the number of heads: the shift of the Fibonacci hash.</summary>
    private int _shift = 32 - 4;

    /// <summary>The slots handed out so far (in use or free).</summary>
    private int _end;

    /// <summary>The first free slot, or −1.</summary>
    private int _free = -1;

    private int _freeCount;

    /// <summary>How many keys are in the table.</summary>
    public int Count => _end - _freeCount;

    /// <summary>One past the last slot index in use or free (<see cref="IsUsed"/>, <see cref="KeyAt"/>,
    /// <see cref="ValueAt"/>).</summary>
    public int End => _end;

    /// <summary>Whether a value is kept under <paramref name="key"/>.</summary>
    public bool ContainsKey(BucketKey key) => Find(key, Hash(key)) >= 0;

    /// <summary>The value under <paramref name="key"/>; whether there is one.</summary>
    public bool TryGetValue(BucketKey key, out TValue value)
    {
        var index = Find(key, Hash(key));
        if (index < 0)
        {
            value = default!;
            return false;
        }

        value = SlotAt(index).Value;
        return true;
    }

    /// <summary>A reference to the value under <paramref name="key"/>, added (as its default) when there is none; whether
    /// it was there.</summary>
    public ref TValue GetValueRefOrAddDefault(BucketKey key, out bool exists)
    {
        var hash = Hash(key);
        var index = Find(key, hash);
        exists = index >= 0;
        if (!exists)
        {
            if (Count == _heads.Length)
            {
                Grow();
            }

            index = Take();
            ref var slot = ref SlotAt(index);
            slot.Key = key;
            slot.Value = default!;
            slot.Hash = hash;
            ref var head = ref _heads[Head(hash)];
            slot.Next = head;
            head = index + 1;
        }

        return ref SlotAt(index).Value;
    }

    /// <summary>Removes the value under <paramref name="key"/>; whether there was one.</summary>
    public bool Remove(BucketKey key)
    {
        var hash = Hash(key);
        ref var link = ref _heads[Head(hash)];
        while (link != 0)
        {
            var index = link - 1;
            ref var slot = ref SlotAt(index);
            if (slot.Hash == hash && slot.Key.Equals(key))
            {
                link = slot.Next;
                slot = default;
                slot.Next = -2 - _free;
                _free = index;
                _freeCount++;
                return true;
            }

            link = ref slot.Next;
        }

        return false;
    }

    /// <summary>Whether the slot at <paramref name="index"/> (below <see cref="End"/>) holds a key.</summary>
    public bool IsUsed(int index) => SlotAt(index).Next >= 0;

    /// <summary>The key in the used slot at <paramref name="index"/>.</summary>
    public BucketKey KeyAt(int index) => SlotAt(index).Key;

    /// <summary>A reference to the value in the used slot at <paramref name="index"/>.</summary>
    public ref TValue ValueAt(int index) => ref SlotAt(index).Value;

    private static int Hash(BucketKey key) => key.GetHashCode();

    private int Head(int hash) => (int)(((uint)hash * 2654435769u) >> _shift);

    private ref Slot SlotAt(int index) => ref _chunks[index >> ChunkShift][index & (ChunkSize - 1)];

    private int Find(BucketKey key, int hash)
    {
        for (var link = _heads[Head(hash)]; link != 0;)
        {
            ref var slot = ref SlotAt(link - 1);
            if (slot.Hash == hash && slot.Key.Equals(key))
            {
                return link - 1;
            }

            link = slot.Next;
        }

        return -1;
    }

    /// <summary>A slot for a new key: a free one, else the next at the end (a new chunk when the last is full).</summary>
    private int Take()
    {
        if (_free >= 0)
        {
            var index = _free;
            _free = -2 - SlotAt(index).Next;
            _freeCount--;
            return index;
        }

        var chunk = _end >> ChunkShift;
        if (chunk == _chunks.Length)
        {
            Array.Resize(ref _chunks, Math.Max(4, _chunks.Length * 2));
        }

        _chunks[chunk] ??= new Slot[ChunkSize];
        return _end++;
    }

    /// <summary>Doubles the heads and re-links every key to its new head.</summary>
    private void Grow()
    {
        _heads = new int[_heads.Length * 2];
        _shift--;
        for (var index = 0; index < _end; index++)
        {
            ref var slot = ref SlotAt(index);
            if (slot.Next >= 0)
            {
                ref var head = ref _heads[Head(slot.Hash)];
                slot.Next = head;
                head = index + 1;
            }
        }
    }

    /// <summary>A key and its value; <see cref="Next"/> links the chain (the next slot plus one, 0 at its end), or for
    /// a free slot −2 minus the next free slot (−1 at the end of the free list).</summary>
    private struct Slot
    {
        public BucketKey Key;
        public TValue Value;
        public int Hash;
        public int Next;
    }
}
