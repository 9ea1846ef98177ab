using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace ClaimModel.Engine;

/// <summary>The index's claims (or denials) by id: the entries in the order they were added, and an open-addressing
/// table of slots, each holding an id's hash and its entry's position in one 8-byte value, so that adding a new id reads
/// one slot (rarely two) and no entry (a chained hash set reads a bucket, then an entry of each id in the chain: two
/// or more cache misses per add in a table of a million). The table is at most half full, so a probe ends after a
/// slot or two. Ids are hashed with the process's randomized string hash, so crafted ids cannot pile into one run of
/// slots.</summary>
/// <typeparam name="TEntry">Claim or denial entries.</typeparam>
internal sealed class EntriesById<TEntry>
    where TEntry : Entry
{
    /// <summary>The fewest slots a table has once it holds an entry.</summary>
    private const int MinSlots = 16;

    /// <summary>The hash of an id in the high half and one more than its entry's position in the low half; 0 for an empty
    /// slot. The length is a power of two, at least twice <see cref="_count"/>.</summary>
    private long[] _slots = [];

    /// <summary>The entries by position, in the order they were added; null at a position freed by a removal (until the
    /// next add takes it).</summary>
    private TEntry?[] _entries = [];

    /// <summary>The positions freed by removals, the last freed on top.</summary>
    private readonly Stack<int> _free = new();

    /// <summary>The positions used so far (entries and freed ones).</summary>
    private int _used;

    private int _count;

    /// <summary>How many entries.</summary>
    public int Count => _count;

    /// <summary>The entries, in the order they were added (a removed entry's position is taken by the next one added, as
    /// in a dictionary).</summary>
    public IEnumerable<TEntry> Values
    {
        get
        {
            for (var i = 0; i < _used; i++)
            {
                if (_entries[i] is { } entry)
                {
                    yield return entry;
                }
            }
        }
    }

    /// <summary>Makes room for <paramref name="capacity"/> entries in all.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > _entries.Length)
        {
            Array.Resize(ref _entries, capacity);
        }

        if ((long)capacity * 2 > _slots.Length)
        {
            Rehash(SlotsFor(capacity));
        }
    }

    /// <summary>Whether an entry has id <paramref name="id"/>.</summary>
    public bool Contains(string id) => Find(id, Hash(id)) >= 0;

    /// <summary>The entry of id <paramref name="id"/>, if any.</summary>
    public bool TryGetValue(string id, [MaybeNullWhen(false)] out TEntry entry)
    {
        var slot = Find(id, Hash(id));
        entry = slot < 0 ? null : _entries[Position(_slots[slot])];
        return entry is not null;
    }

    /// <summary>Adds <paramref name="entry"/>, whose id no entry has (<see cref="Contains"/>).</summary>
    public void Add(TEntry entry)
    {
        if (!TryAdd(entry))
        {
            throw new InvalidOperationException($"an entry of id '{entry.Id}' is already in the index");
        }
    }

    /// <summary>Adds <paramref name="entry"/> unless an entry has its id (then the set is left as it was); whether it was
    /// added. One hash of the id and one probe, where <see cref="Contains"/> then <see cref="Add"/> take two.</summary>
    public bool TryAdd(TEntry entry) => TryAdd(entry, Hash(entry.Id));

    /// <summary>The hash of <paramref name="id"/> for <see cref="TryAdd(TEntry, int)"/>, having started the read of the slot
    /// its probe begins at, so that work between the two overlaps that read (in a table of a million, a cache miss).</summary>
    public int Prepare(string id)
    {
        var hash = Hash(id);
        if (_slots.Length > 0)
        {
            _ = Volatile.Read(ref _slots[Start(hash, _slots.Length - 1)]);
        }

        return hash;
    }

    /// <summary><see cref="TryAdd(TEntry)"/> with the entry id's hash (<see cref="Prepare"/>).</summary>
    public bool TryAdd(TEntry entry, int hash)
    {
        if ((long)(_count + 1) * 2 > _slots.Length)
        {
            Rehash(SlotsFor(_count + 1));
        }

        var id = entry.Id;
        var mask = _slots.Length - 1;
        var slot = Start(hash, mask);
        while (_slots[slot] is var value and not 0)
        {
            if (HashOf(value) == hash && string.Equals(_entries[Position(value)]!.Id, id, StringComparison.Ordinal))
            {
                return false;
            }

            slot = (slot + 1) & mask;
        }

        var position = _free.Count > 0 ? _free.Pop() : _used++;
        if (position == _entries.Length)
        {
            Array.Resize(ref _entries, Math.Max(MinSlots, _entries.Length * 2));
        }

        _entries[position] = entry;
        _slots[slot] = Slot(hash, position);
        _count++;
        return true;
    }

    /// <summary>Removes the entry of id <paramref name="id"/> and hands it out, if any.</summary>
    public bool Remove(string id, [MaybeNullWhen(false)] out TEntry entry)
    {
        var slot = Find(id, Hash(id));
        if (slot < 0)
        {
            entry = null;
            return false;
        }

        var position = Position(_slots[slot]);
        entry = _entries[position]!;
        _entries[position] = null;
        _free.Push(position);
        _count--;

        // Backward shift: the entries of the run after the emptied slot that may move back to it do, so every run stays
        // unbroken and a probe can stop at the first empty slot.
        var mask = _slots.Length - 1;
        var hole = slot;
        for (var next = (hole + 1) & mask; _slots[next] is var value and not 0; next = (next + 1) & mask)
        {
            var home = Start(HashOf(value), mask);
            if (((next - home) & mask) >= ((next - hole) & mask))
            {
                _slots[hole] = value;
                hole = next;
            }
        }

        _slots[hole] = 0;
        return true;
    }

    /// <summary>The slot of the entry of id <paramref name="id"/> (whose hash is <paramref name="hash"/>), or −1.</summary>
    private int Find(string id, int hash)
    {
        if (_count == 0)
        {
            return -1;
        }

        var mask = _slots.Length - 1;
        for (var slot = Start(hash, mask); _slots[slot] is var value and not 0; slot = (slot + 1) & mask)
        {
            if (HashOf(value) == hash && string.Equals(_entries[Position(value)]!.Id, id, StringComparison.Ordinal))
            {
                return slot;
            }
        }

        return -1;
    }

    /// <summary>Moves every slot into a table of <paramref name="length"/> slots (the hashes are kept: no id is hashed
    /// again).</summary>
    private void Rehash(int length)
    {
        var old = _slots;
        _slots = new long[length];
        var mask = length - 1;
        foreach (var value in old)
        {
            if (value != 0)
            {
                var slot = Start(HashOf(value), mask);
                while (_slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                _slots[slot] = value;
            }
        }
    }

    /// <summary>The slots for <paramref name="count"/> entries: a power of two at least twice as many.</summary>
    private static int SlotsFor(int count) => (int)Math.Max(MinSlots, BitOperations.RoundUpToPowerOf2((uint)count * 2));

    private static int Hash(string id) => id.GetHashCode(StringComparison.Ordinal);

    /// <summary>The slot a probe for <paramref name="hash"/> starts at: its low bits (the randomized hash spreads them).</summary>
    private static int Start(int hash, int mask) => hash & mask;

    private static long Slot(int hash, int position) => ((long)hash << 32) | (uint)(position + 1);

    private static int HashOf(long slot) => (int)(slot >> 32);

    private static int Position(long slot) => (int)(uint)slot - 1;
}
