using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace ClaimModel.Serialization;

/// <summary>The strings of one read, keyed by their UTF-8 bytes, so that equal values read many times (a
/// claimant, an incident, a source, a unit, a time zone, a quote cited by several claims) share one string
/// instance instead of one copy each. Equality is unchanged: a pooled string equals (ordinally) the string it
/// stands for.</summary>
/// <remarks>A set-associative cache: a text's hash picks a set of <see cref="Ways"/> slots; a new string takes
/// the slot in its set whose string was found least often lately (each miss in a set ages the others), so
/// strings that recur all through a document (a claimant, a unit, a quote's context) stay while one-off ones
/// (a reference to one claim) pass through. The work per string is constant and the memory bounded by the
/// table (strings that are evicted only cost the sharing). Only texts of at most <see cref="MaxLength"/> bytes
/// without escapes are pooled; a slot keeps the bytes of a text of up to <see cref="ShortLength"/> bytes to compare
/// with, a longer text is compared with the string (directly when ASCII, else after decoding).</remarks>
internal sealed class StringPool
{
    /// <summary>The longest UTF-8 text pooled, in bytes.</summary>
    public const int MaxLength = 128;

    /// <summary>The longest JSON text of a long or escaped string pooled (<see cref="FindLong"/>), in bytes.</summary>
    public const int MaxLongLength = 64 * 1024;

    /// <summary>The most long or escaped texts pooled in one read, and the most bytes of them kept to compare with.</summary>
    private const int MaxLongTexts = 4096;
    private const int MaxLongBytes = 8 * 1024 * 1024;

    /// <summary>The slots a text can take (its set).</summary>
    private const int Ways = 4;

    /// <summary>The most finds an entry counts (so that aging brings a once frequent string down in time).</summary>
    private const int MaxUses = 255;

    private const int MinSlots = 256;
    private const int MaxSlots = 32 * 1024;

    /// <summary>The longest text whose bytes a slot keeps to compare with (longer ones are compared with the
    /// string itself): looking up a short id compares bytes in the table instead of reading a string that may
    /// have been allocated far away in the heap.</summary>
    private const int ShortLength = 32;

    [ThreadStatic]
    private static StringPool? t_cached;

    private readonly Entry[] _entries;
    private readonly byte[] _shortText;
    private readonly string[]?[] _singles;
    private int _setMask;
    private int _lastSlot;
    private Dictionary<int, LongText>? _long;
    private RecordPool? _records;
    private int _longBytes;

    private StringPool(int slots)
    {
        _entries = new Entry[slots];
        _shortText = new byte[slots * ShortLength];
        _singles = new string[]?[slots];
    }

    /// <summary>A pool for one read of an input of <paramref name="inputLength"/> bytes (about one slot per
    /// 64 bytes, between 256 and 32,768 slots, at most 1.8 MB), taken from this thread's cache when it is large
    /// enough; give it back with <see cref="Return"/>.</summary>
    /// <param name="inputLength">The input size in bytes.</param>
    public static StringPool Rent(int inputLength)
    {
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(inputLength / 64, MinSlots, MaxSlots));
        var pool = t_cached is { } cached && cached._entries.Length >= slots ? cached : new StringPool(slots);
        t_cached = null;
        pool._setMask = (slots / Ways) - 1;
        pool._lastSlot = -1;
        return pool;
    }

    /// <summary>Gives back a pool from <see cref="Rent"/>: forgets its strings (so that they are not kept alive)
    /// and caches it for the thread's next read.</summary>
    /// <param name="pool">The pool.</param>
    public static void Return(StringPool pool)
    {
        var used = (pool._setMask + 1) * Ways;
        pool._entries.AsSpan(0, used).Clear();
        pool._singles.AsSpan(0, used).Clear();
        pool._long = null;
        pool._longBytes = 0;
        pool._records?.Clear();
        if (t_cached is null || t_cached._entries.Length < pool._entries.Length)
        {
            t_cached = pool;
        }
    }

    /// <summary>The same read's shared records (<see cref="RecordPool"/>), made on first use and forgotten with the
    /// strings by <see cref="Return"/>.</summary>
    public RecordPool Records => _records ??= new RecordPool();

    /// <summary>The pooled string for <paramref name="utf8"/> (at most <see cref="MaxLength"/> bytes, no escapes),
    /// or <see langword="null"/>; <paramref name="hash"/> says where to <see cref="Add"/> it when absent.</summary>
    /// <param name="utf8">The unescaped UTF-8 text.</param>
    /// <param name="hash">The hash of the text.</param>
    public string? Find(ReadOnlySpan<byte> utf8, out int hash)
    {
        hash = Hash(utf8);
        var first = (hash & _setMask) * Ways;
        var set = _entries.AsSpan(first, Ways);
        for (var way = 0; way < set.Length; way++)
        {
            ref var entry = ref set[way];
            if (entry.Hash == hash && entry.Length == utf8.Length && entry.Value is { } found
                && (utf8.Length <= ShortLength ? utf8.SequenceEqual(_shortText.AsSpan((first + way) * ShortLength, utf8.Length)) : Equal(utf8, found)))
            {
                entry.Uses = (short)Math.Min(entry.Uses + 1, MaxUses);
                _lastSlot = first + way;
                return found;
            }
        }

        return null;
    }

    /// <summary>Pools <paramref name="value"/>, the text whose absence <see cref="Find"/> reported, in the slot of
    /// its set found least often lately (an empty one first), and ages the others.</summary>
    /// <param name="hash">The hash <see cref="Find"/> gave.</param>
    /// <param name="utf8">The text.</param>
    /// <param name="value">The string read from it.</param>
    public void Add(int hash, ReadOnlySpan<byte> utf8, string value)
    {
        var first = (hash & _setMask) * Ways;
        var set = _entries.AsSpan(first, Ways);
        var victim = 0;
        for (var way = 0; way < set.Length; way++)
        {
            if (set[way].Value is null)
            {
                victim = way;
                break;
            }

            if (set[way].Uses < set[victim].Uses)
            {
                victim = way;
            }
        }

        for (var way = 0; way < set.Length; way++)
        {
            set[way].Uses = (short)Math.Max(set[way].Uses - 1, 0);
        }

        set[victim] = new Entry { Value = value, Hash = hash, Uses = 1, Length = (short)utf8.Length };
        if (utf8.Length <= ShortLength)
        {
            utf8.CopyTo(_shortText.AsSpan((first + victim) * ShortLength));
        }

        _singles[first + victim] = null;
        _lastSlot = first + victim;
    }

    /// <summary>The pooled string read from the JSON text <paramref name="raw"/> (a string token's bytes as written,
    /// escapes included: equal texts read as equal strings), or <see langword="null"/>; for texts longer than
    /// <see cref="MaxLength"/> or escaped (a source's text, a quote with an emoji).</summary>
    /// <param name="raw">The token's text.</param>
    /// <param name="hash">Where to <see cref="AddLong"/> it when absent.</param>
    public string? FindLong(ReadOnlySpan<byte> raw, out int hash)
    {
        hash = Hash(raw);
        for (var text = _long?.GetValueOrDefault(hash); text is not null; text = text.Next)
        {
            if (raw.SequenceEqual(text.Raw))
            {
                return text.Value;
            }
        }

        return null;
    }

    /// <summary>Pools <paramref name="value"/>, read from <paramref name="raw"/>, whose absence <see cref="FindLong"/>
    /// reported (unless the read already keeps its most long texts).</summary>
    /// <param name="hash">The hash <see cref="FindLong"/> gave.</param>
    /// <param name="raw">The token's text.</param>
    /// <param name="value">The string read from it.</param>
    public void AddLong(int hash, ReadOnlySpan<byte> raw, string value)
    {
        _long ??= [];
        if (_long.Count >= MaxLongTexts || _longBytes + raw.Length > MaxLongBytes)
        {
            return;
        }

        _long[hash] = new LongText(raw.ToArray(), value, _long.GetValueOrDefault(hash));
        _longBytes += raw.Length;
    }

    /// <summary>A one-element array holding <paramref name="value"/>: when it is the string last found or added,
    /// the one array of its slot, shared by every list that holds only that string (<c>"via": ["o-wire"]</c>);
    /// otherwise a new one.</summary>
    /// <param name="value">The element.</param>
    public string[] Single(string value)
    {
        var slot = _lastSlot;
        if (slot < 0 || !ReferenceEquals(_entries[slot].Value, value))
        {
            return [value];
        }

        return _singles[slot] ??= [value];
    }

    /// <summary>Whether the UTF-8 text reads as <paramref name="value"/>: compared directly when ASCII, else decoded
    /// (invalid UTF-8 equals nothing).</summary>
    private static bool Equal(ReadOnlySpan<byte> utf8, string value) =>
        Ascii.Equals(utf8, value) || (!Ascii.IsValid(utf8) && DecodedEqual(utf8, value));

    /// <summary>Whether non-ASCII UTF-8 text decodes to <paramref name="value"/> (kept out of <see cref="Equal"/>,
    /// whose ASCII case is the common one, so that its stack buffer costs nothing there).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool DecodedEqual(ReadOnlySpan<byte> utf8, string value)
    {
        Span<char> chars = stackalloc char[MaxLength];
        return Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            && chars[..written].SequenceEqual(value);
    }

    /// <summary>A hash whose low bits (the slot) depend on every byte: each 8-byte block is multiplied in and
    /// its high bits folded down, and the result gets the full avalanche of SplitMix64's finalizer. (Multiplying
    /// alone only carries a byte's bits upwards, so ids that differ in their 8th byte, like <c>a-0000004</c> and
    /// <c>a-0000014</c>, shared a slot and kept evicting each other.)</summary>
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 0x9E3779B97F4A7C15UL ^ (ulong)utf8.Length;
        while (utf8.Length >= 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8)) * 0xBF58476D1CE4E5B9UL;
            hash ^= hash >> 32;
            utf8 = utf8[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            tail |= (ulong)utf8[i] << (8 * i);
        }

        hash ^= tail;
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return (int)(hash ^ (hash >> 31));
    }

    /// <summary>A long or escaped text pooled: its JSON text, its string and the next one of the same hash.</summary>
    private sealed record LongText(byte[] Raw, string Value, LongText? Next);

    /// <summary>One slot: its string, the hash and length of its UTF-8 text and how often it was found lately;
    /// the 16 bytes of four slots (a set) share a cache line or two.</summary>
    private struct Entry
    {
        public string? Value;
        public int Hash;
        public short Uses;
        public short Length;
    }
}
