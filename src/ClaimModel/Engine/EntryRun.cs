namespace ClaimModel.Engine;

/// <summary>The entries filed under one bucket key (<see cref="EntryBuckets{T}"/>), in filing order: read it before
/// anything else is filed.</summary>
/// <typeparam name="T">The entry type.</typeparam>
internal readonly struct EntryRun<T>
    where T : class
{
    private readonly EntryBuckets<T>? _buckets;
    private readonly int _start;

    public EntryRun(EntryBuckets<T> buckets, int start, int count)
    {
        _buckets = buckets;
        _start = start;
        Count = count;
    }

    /// <summary>How many entries (0 for a key with none).</summary>
    public int Count { get; }

    /// <summary>The entry at <paramref name="index"/> (below <see cref="Count"/>).</summary>
    public T this[int index] => _buckets!.At(_start, index);
}
