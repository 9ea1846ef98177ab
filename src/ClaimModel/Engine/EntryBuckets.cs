using System.Numerics;
using System.Runtime.InteropServices;

namespace ClaimModel.Engine;

/// <summary>The entries filed under each bucket key, in filing order, kept in shared chunks instead of a list per key:
/// a key's entries are one run of slots whose length is a power of two, moved to a run twice as long when it is full.
/// The runs left behind are handed out again (a free list per length), so filing allocates only new chunks, and a key
/// of one entry costs one slot.</summary>
/// <remarks>
/// <para>Chunks hold <see cref="ChunkSize"/> slots (64 KB, below the large object heap); a run never crosses a chunk.
/// A key with more than <see cref="ChunkSize"/> entries moves to an array of its own, doubled when full.</para>
/// <para>One writer: <see cref="Add"/> may move any run, so read a key's entries (<see cref="Get"/>) only while nothing
/// is filed. <see cref="RemoveTrailing"/> undoes a failed add; the slots it frees are not handed out again.</para>
/// </remarks>
/// <typeparam name="T">The entry type.</typeparam>
internal sealed class EntryBuckets<T>
    where T : class
{
    private const int ChunkShift = 13;

    /// <summary>Slots per chunk.</summary>
    public const int ChunkSize = 1 << ChunkShift;

    private readonly BucketKeyTable<Run> _runs = new();

    /// <summary>The runs handed back, by the base-2 logarithm of their length.</summary>
    private readonly List<int>?[] _free = new List<int>?[ChunkShift + 1];

    /// <summary>The arrays of the keys with more entries than a chunk holds.</summary>
    private readonly List<T[]> _large = [];

    private T?[][] _chunks = [];

    /// <summary>The slots handed out from the end of the chunks so far.</summary>
    private int _end;

    /// <summary>How many keys have entries.</summary>
    public int Count => _runs.Count;

    /// <summary>Whether entries are filed under <paramref name="key"/>.</summary>
    public bool ContainsKey(BucketKey key) => _runs.ContainsKey(key);

    /// <summary>The entries filed under <paramref name="key"/> (none when nothing is).</summary>
    public EntryRun<T> Get(BucketKey key) => _runs.TryGetValue(key, out var run) ? new EntryRun<T>(this, run.Start, run.Count) : default;

    /// <summary>Files <paramref name="entry"/> under <paramref name="key"/>, last; whether the key is new.</summary>
    public bool Add(BucketKey key, T entry)
    {
        ref var run = ref _runs.GetValueRefOrAddDefault(key, out var exists);
        if (!exists)
        {
            run.Start = Take(1);
        }

        if (run.Start >= 0)
        {
            var capacity = run.Count == 0 ? 1 : (int)BitOperations.RoundUpToPowerOf2((uint)run.Count);
            if (run.Count == capacity)
            {
                run.Start = Move(run.Start, capacity);
            }
        }

        if (run.Start >= 0)
        {
            var slot = run.Start + run.Count;
            _chunks[slot >> ChunkShift][slot & (ChunkSize - 1)] = entry;
        }
        else
        {
            ref var large = ref CollectionsMarshal.AsSpan(_large)[~run.Start];
            if (run.Count == large.Length)
            {
                Array.Resize(ref large, large.Length * 2);
            }

            large[run.Count] = entry;
        }

        run.Count++;
        return !exists;
    }

    /// <summary>Removes the entries at the end of every key that <paramref name="added"/> says an add put there, and the
    /// keys it leaves without entries (undoing a failed add).</summary>
    public void RemoveTrailing(Func<T, bool> added)
    {
        List<BucketKey>? emptied = null;
        for (var index = 0; index < _runs.End; index++)
        {
            if (!_runs.IsUsed(index))
            {
                continue;
            }

            ref var run = ref _runs.ValueAt(index);
            var removed = false;
            while (run.Count > 0 && added(At(run.Start, run.Count - 1)))
            {
                run.Count--;
                Clear(run.Start, run.Count);
                removed = true;
            }

            if (removed && run.Count == 0)
            {
                (emptied ??= []).Add(_runs.KeyAt(index));
            }
        }

        foreach (var key in emptied ?? [])
        {
            _runs.Remove(key);
        }
    }

    /// <summary>The entry at <paramref name="index"/> of the run at <paramref name="start"/>.</summary>
    internal T At(int start, int index)
    {
        if (start < 0)
        {
            return _large[~start][index];
        }

        var slot = start + index;
        return _chunks[slot >> ChunkShift][slot & (ChunkSize - 1)]!;
    }

    private void Clear(int start, int index)
    {
        if (start < 0)
        {
            _large[~start][index] = null!;
        }
        else
        {
            var slot = start + index;
            _chunks[slot >> ChunkShift][slot & (ChunkSize - 1)] = null;
        }
    }

    /// <summary>Moves the full run at <paramref name="start"/> to one twice as long (an array of its own past a chunk)
    /// and hands the old one back; the new start.</summary>
    private int Move(int start, int length)
    {
        var from = _chunks[start >> ChunkShift];
        var offset = start & (ChunkSize - 1);
        int moved;
        if (length * 2 > ChunkSize)
        {
            var large = new T[length * 2];
            Array.Copy(from, offset, large, 0, length);
            _large.Add(large);
            moved = ~(_large.Count - 1);
        }
        else
        {
            moved = Take(length * 2);
            Array.Copy(from, offset, _chunks[moved >> ChunkShift], moved & (ChunkSize - 1), length);
        }

        Give(start, length);
        return moved;
    }

    /// <summary>A run of <paramref name="length"/> slots (a power of two up to <see cref="ChunkSize"/>): one handed back,
    /// else the next at the end of the chunks (the rest of a chunk too short for it is handed back in runs).</summary>
    private int Take(int length)
    {
        var size = BitOperations.Log2((uint)length);
        if (_free[size] is { Count: > 0 } free)
        {
            var start = free[^1];
            free.RemoveAt(free.Count - 1);
            return start;
        }

        var offset = _end & (ChunkSize - 1);
        if (offset != 0 && offset + length > ChunkSize)
        {
            // The rest of this chunk in power-of-two runs, largest first at the lowest offset, each within the chunk.
            for (var rest = ChunkSize - offset; rest > 0;)
            {
                var piece = (int)BitOperations.RoundUpToPowerOf2((uint)rest + 1) >> 1;
                Give(_end, piece);
                _end += piece;
                rest -= piece;
            }
        }

        var chunk = _end >> ChunkShift;
        if (chunk == _chunks.Length)
        {
            Array.Resize(ref _chunks, Math.Max(4, _chunks.Length * 2));
        }

        _chunks[chunk] ??= new T?[ChunkSize];
        var taken = _end;
        _end += length;
        return taken;
    }

    private void Give(int start, int length) => (_free[BitOperations.Log2((uint)length)] ??= []).Add(start);

    /// <summary>Where a key's entries are: <see cref="Start"/> a slot of the chunks, or the complement of an index in the
    /// large arrays.</summary>
    private struct Run
    {
        public int Start;
        public int Count;
    }
}
