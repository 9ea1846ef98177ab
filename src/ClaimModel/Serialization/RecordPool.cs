using System.Runtime.CompilerServices;

namespace ClaimModel.Serialization;

/// <summary>The small value records of one read (times, quotes, figures, places, targets, coordinates, relative
/// days: formats marked <see cref="RecordFormat{T}.Shared"/>), keyed by the exact values read for them, so that
/// equal ones read for the same member share one instance instead of one copy each — most of a large document's
/// times and quotes recur. One table per member (<see cref="NewScope"/>): a claim's <c>statedAt</c> never becomes
/// the same instance as one of its statements' times, which the engine tells apart by reference.</summary>
/// <remarks>The key is exact: strings compare ordinally (hashed by identity), numbers by their bits (a decimal's scale, a double's
/// sign of zero, a date-time's offset are kept), nested records by reference (they are shared themselves), so a
/// shared record equals, member for member and on the wire, the one it stands for. Each table grows up to
/// <see cref="MaxEntries"/> records; past that, new values are read as new instances.</remarks>
internal sealed class RecordPool
{
    /// <summary>The most records a member's table holds.</summary>
    public const int MaxEntries = 1 << 16;

    private const int FirstEntries = 64;

    private static int s_scopes;

    private Table?[] _tables = new Table?[16];

    /// <summary>A new scope (a member whose shared records get a table of their own), for the life of the process.</summary>
    public static int NewScope() => Interlocked.Increment(ref s_scopes) - 1;

    /// <summary>The record read before for <paramref name="scope"/> with exactly these slots, or <see langword="null"/>;
    /// <paramref name="hash"/> says where to <see cref="Add"/> one.</summary>
    /// <param name="scope">The member's scope.</param>
    /// <param name="slots">The values read, by member index.</param>
    /// <param name="present">The members present.</param>
    /// <param name="hash">The hash of the key.</param>
    public object? Find(int scope, ReadOnlySpan<RecordSlot> slots, uint present, out int hash)
    {
        hash = Hash(slots, present);
        if (scope >= _tables.Length || _tables[scope] is not { } table)
        {
            return null;
        }

        return table.Find(hash, slots, present);
    }

    /// <summary>Keeps <paramref name="record"/>, read from <paramref name="slots"/>, for <paramref name="scope"/>
    /// (unless the member's table is full).</summary>
    /// <param name="scope">The member's scope.</param>
    /// <param name="hash">The hash <see cref="Find"/> gave.</param>
    /// <param name="slots">The values read.</param>
    /// <param name="present">The members present.</param>
    /// <param name="record">The record built from them.</param>
    public void Add(int scope, int hash, ReadOnlySpan<RecordSlot> slots, uint present, object record)
    {
        if (scope >= _tables.Length)
        {
            Array.Resize(ref _tables, Math.Max(scope + 1, _tables.Length * 2));
        }

        (_tables[scope] ??= new Table(slots.Length)).Add(hash, slots, present, record);
    }

    /// <summary>Forgets every record and table (so that they are not kept alive).</summary>
    public void Clear() => _tables.AsSpan().Clear();

    /// <summary>A cheap hash of the key: references by identity (the strings of shared records are pooled, so equal
    /// ones are mostly one instance; an equal string that is not only costs the sharing), numbers by their bits.</summary>
    private static int Hash(ReadOnlySpan<RecordSlot> slots, uint present)
    {
        var hash = 0x9E3779B97F4A7C15UL ^ present;
        foreach (ref readonly var slot in slots)
        {
            var key = Key.Of(in slot);
            hash = Mix(hash, key.Ref is null ? 0UL : (ulong)RuntimeHelpers.GetHashCode(key.Ref));
            hash = Mix(hash, (ulong)key.Number);
            hash = Mix(hash, (ulong)key.Extra);
        }

        return (int)(hash ^ (hash >> 32));
    }

    private static ulong Mix(ulong hash, ulong value) => System.Numerics.BitOperations.RotateLeft((hash ^ value) * 0xBF58476D1CE4E5B9UL, 31);

    private static bool Same(ReadOnlySpan<RecordSlot> slots, ReadOnlySpan<Key> keys)
    {
        for (var i = 0; i < slots.Length; i++)
        {
            var x = Key.Of(in slots[i]);
            ref readonly var y = ref keys[i];
            if (x.Number != y.Number || x.Extra != y.Extra
                || !(ReferenceEquals(x.Ref, y.Ref) || (x.Ref is string text && y.Ref is string other && string.Equals(text, other, StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One member's records: open addressing over the hashes (at most half full), the keys' slots side by
    /// side.</summary>
    private sealed class Table(int width)
    {
        private int[] _index = new int[2 * FirstEntries];
        private Entry[] _entries = new Entry[FirstEntries];
        private Key[] _keys = new Key[FirstEntries * width];
        private int _count;

        public object? Find(int hash, ReadOnlySpan<RecordSlot> slots, uint present)
        {
            var mask = _index.Length - 1;
            for (var i = hash & mask; _index[i] != 0; i = (i + 1) & mask)
            {
                var position = _index[i] - 1;
                ref var entry = ref _entries[position];
                if (entry.Hash == hash && entry.Present == present && Same(slots, _keys.AsSpan(position * width, width)))
                {
                    return entry.Record;
                }
            }

            return null;
        }

        public void Add(int hash, ReadOnlySpan<RecordSlot> slots, uint present, object record)
        {
            if (_count == _entries.Length)
            {
                if (_count == MaxEntries)
                {
                    return;
                }

                Grow();
            }

            var keys = _keys.AsSpan(_count * width, width);
            for (var i = 0; i < width; i++)
            {
                keys[i] = Key.Of(in slots[i]);
            }

            _entries[_count] = new Entry { Hash = hash, Present = present, Record = record };
            _count++;
            Insert(hash, _count);
        }

        private void Insert(int hash, int position)
        {
            var mask = _index.Length - 1;
            var i = hash & mask;
            while (_index[i] != 0)
            {
                i = (i + 1) & mask;
            }

            _index[i] = position;
        }

        private void Grow()
        {
            Array.Resize(ref _entries, 2 * _entries.Length);
            Array.Resize(ref _keys, _entries.Length * width);
            _index = new int[2 * _entries.Length];
            for (var i = 0; i < _count; i++)
            {
                Insert(_entries[i].Hash, i + 1);
            }
        }
    }

    /// <summary>A slot as kept to compare with: a member's slot uses its number fields or its decimal, never both, so
    /// the decimal's 128 bits (scale and sign included: 12.5 and 12.50 differ) fold into them without ambiguity.</summary>
    private readonly struct Key(object? reference, long number, long extra)
    {
        public readonly object? Ref = reference;
        public readonly long Number = number;
        public readonly long Extra = extra;

        public static Key Of(in RecordSlot slot)
        {
            ref var bits = ref Unsafe.As<decimal, long>(ref Unsafe.AsRef(in slot.Decimal));
            return new Key(slot.Ref, slot.Number ^ bits, slot.Extra ^ Unsafe.Add(ref bits, 1));
        }
    }

    private struct Entry
    {
        public int Hash;
        public uint Present;
        public object Record;
    }
}
