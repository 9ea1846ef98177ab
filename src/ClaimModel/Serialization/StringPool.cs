using System.Buffers.Binary;
using System.Numerics;

namespace ClaimModel.Serialization;

/// <summary>The strings of one read, keyed by their UTF-8 bytes, so that equal values read many times (a
/// claimant, an incident, a source, a unit, a time zone, a quote cited by several claims) share one string
/// instance instead of one copy each. Equality is unchanged: a pooled string equals (ordinally) the string it
/// stands for.</summary>
/// <remarks>A direct-mapped cache: a slot holds the last string whose hash maps to it and a new one evicts it,
/// so the work per string is constant and the memory bounded by the table (strings that collide, by chance
/// or by design, only cost the sharing). Only texts of at most <see cref="MaxLength"/> bytes without escapes
/// are pooled; the table keeps their bytes to compare with.</remarks>
internal sealed class StringPool
{
    /// <summary>The longest UTF-8 text pooled, in bytes.</summary>
    public const int MaxLength = 128;

    private const int MinSlots = 64;
    private const int MaxSlots = 16 * 1024;

    [ThreadStatic]
    private static StringPool? t_cached;

    private readonly string?[] _strings;
    private readonly int[] _hashes;
    private readonly byte[] _lengths;
    private readonly byte[] _bytes;
    private int _mask;

    private StringPool(int slots)
    {
        _strings = new string?[slots];
        _hashes = new int[slots];
        _lengths = new byte[slots];
        _bytes = new byte[slots * MaxLength];
    }

    /// <summary>A pool for one read of an input of <paramref name="inputLength"/> bytes (about one slot per
    /// 512 bytes, between 64 and 16,384 slots, at most 2.3 MB), taken from this thread's cache when it is large
    /// enough; give it back with <see cref="Return"/>.</summary>
    /// <param name="inputLength">The input size in bytes.</param>
    public static StringPool Rent(int inputLength)
    {
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(inputLength / 512, MinSlots, MaxSlots));
        var pool = t_cached is { } cached && cached._strings.Length >= slots ? cached : new StringPool(slots);
        t_cached = null;
        pool._mask = slots - 1;
        return pool;
    }

    /// <summary>Gives back a pool from <see cref="Rent"/>: forgets its strings (so that they are not kept alive)
    /// and caches it for the thread's next read.</summary>
    /// <param name="pool">The pool.</param>
    public static void Return(StringPool pool)
    {
        pool._strings.AsSpan(0, pool._mask + 1).Clear();
        if (t_cached is null || t_cached._strings.Length < pool._strings.Length)
        {
            t_cached = pool;
        }
    }

    /// <summary>The pooled string for <paramref name="utf8"/> (at most <see cref="MaxLength"/> bytes, no escapes),
    /// or <see langword="null"/>; <paramref name="hash"/> says where to <see cref="Add"/> it when absent.</summary>
    /// <param name="utf8">The unescaped UTF-8 text.</param>
    /// <param name="hash">The hash of the text.</param>
    public string? Find(ReadOnlySpan<byte> utf8, out int hash)
    {
        hash = Hash(utf8);
        var slot = hash & _mask;
        var found = _strings[slot];
        return found is not null
            && _hashes[slot] == hash
            && _lengths[slot] == utf8.Length
            && _bytes.AsSpan(slot * MaxLength, utf8.Length).SequenceEqual(utf8)
            ? found
            : null;
    }

    /// <summary>Pools <paramref name="value"/>, read from <paramref name="utf8"/>, evicting the string whose
    /// slot it takes.</summary>
    /// <param name="hash">The hash <see cref="Find"/> gave.</param>
    /// <param name="utf8">The UTF-8 text.</param>
    /// <param name="value">The string read from it.</param>
    public void Add(int hash, ReadOnlySpan<byte> utf8, string value)
    {
        var slot = hash & _mask;
        utf8.CopyTo(_bytes.AsSpan(slot * MaxLength, MaxLength));
        _hashes[slot] = hash;
        _lengths[slot] = (byte)utf8.Length;
        _strings[slot] = value;
    }

    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 0x9E3779B97F4A7C15UL ^ (ulong)utf8.Length;
        while (utf8.Length >= 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8)) * 0xBF58476D1CE4E5B9UL;
            utf8 = utf8[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            tail |= (ulong)utf8[i] << (8 * i);
        }

        hash = (hash ^ tail) * 0x94D049BB133111EBUL;
        return (int)(hash ^ (hash >> 31));
    }
}
