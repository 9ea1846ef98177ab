using System.Buffers;

namespace ClaimModel.Serialization;

/// <summary>A growing write buffer made of chunks (64 kB, doubling up to 1 MB), so that a large document is
/// written without the copies and the ever larger arrays that growing one contiguous buffer takes; the
/// chunks are then copied once into the result or written to the stream. Chunks come from the shared
/// <see cref="ArrayPool{T}"/>; those up to <see cref="MaxKeptBytes"/> are kept for the next write, the others
/// go back to the pool (see <see cref="Reset"/>).</summary>
/// <remarks>The chunks stop at 1 MB: with larger ones the shared pool serves a large write's chunks again (fewer
/// fresh bytes per write) but then holds them, up to the size of the largest document written, until it trims
/// itself — hundreds of megabytes kept in a service that once wrote a large document.</remarks>
internal sealed class SegmentedBuffer : IBufferWriter<byte>
{
    private const int FirstChunkBytes = 64 * 1024;
    private const int MaxChunkBytes = 1024 * 1024;

    /// <summary>The most chunk bytes <see cref="Reset"/> keeps per thread (1 MB: a library embedded in a service
    /// with many threads must not hold megabytes per thread; larger writes take their chunks from the shared pool).</summary>
    public const int MaxKeptBytes = 1024 * 1024;

    /// <summary>How many bytes make <see cref="CopyTo(byte[])"/> copy on every processor (8 MB: below that one
    /// thread copies faster than two can start).</summary>
    private const int ParallelCopyFrom = 8 * 1024 * 1024;

    private readonly List<byte[]> _chunks = [];
    private readonly List<int> _written = [];
    private readonly int _firstChunkBytes;
    private readonly int _maxChunkBytes;
    private int _current = -1;
    private int _used;

    /// <summary>Creates a buffer whose chunks start at 64 kB and double up to 1 MB.</summary>
    public SegmentedBuffer()
        : this(FirstChunkBytes, MaxChunkBytes)
    {
    }

    /// <summary>Creates a buffer whose chunks all have <paramref name="chunkBytes"/> bytes (or more, for a larger
    /// size hint): for a part of a document written on its own and then moved into the document's buffer
    /// (<see cref="Append"/>), where chunks that double would leave more of their last one unused.</summary>
    /// <param name="chunkBytes">The chunk size.</param>
    public SegmentedBuffer(int chunkBytes)
        : this(chunkBytes, chunkBytes)
    {
    }

    private SegmentedBuffer(int firstChunkBytes, int maxChunkBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(firstChunkBytes);
        (_firstChunkBytes, _maxChunkBytes) = (firstChunkBytes, maxChunkBytes);
    }

    /// <summary>The number of bytes written.</summary>
    public long Length { get; private set; }

    /// <inheritdoc/>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (_current < 0 || _used + count > _chunks[_current].Length)
        {
            throw new InvalidOperationException("Cannot advance past the end of the buffer.");
        }

        _used += count;
        Length += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0) => Chunk(sizeHint).AsMemory(_used);

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0) => Chunk(sizeHint).AsSpan(_used);

    /// <summary>The bytes written, when they are in one chunk.</summary>
    /// <param name="bytes">The bytes, if in one chunk.</param>
    /// <returns>Whether the bytes are in one chunk.</returns>
    public bool TryGetContiguous(out ReadOnlySpan<byte> bytes)
    {
        bytes = _current <= 0 ? (_current < 0 ? [] : Written(0)) : default;
        return _current <= 0;
    }

    /// <summary>Copies the bytes written into <paramref name="destination"/>, which holds at least <see cref="Length"/> bytes.</summary>
    /// <param name="destination">The destination.</param>
    public void CopyTo(Span<byte> destination) => CopyChunks(0, _current + 1, destination);

    /// <summary>Copies the bytes written into <paramref name="destination"/>, which holds at least <see cref="Length"/>
    /// bytes: from <see cref="ParallelCopyFrom"/> bytes on, with a second processor, the chunks are split into one run
    /// of about equal bytes per processor, each copied by its own thread (a fresh large array is slow to fill mostly
    /// because each of its pages is faulted in when first written, which several threads do at once).</summary>
    /// <param name="destination">The destination.</param>
    public void CopyTo(byte[] destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var threads = Environment.ProcessorCount;
        if (Length < ParallelCopyFrom || threads < 2)
        {
            CopyTo(destination.AsSpan());
            return;
        }

        // Run r is chunks [starts[r], starts[r + 1]), copied from offsets[r] on: the runs end where the bytes so
        // far first reach r / threads of the whole.
        var starts = new int[threads + 1];
        var offsets = new long[threads + 1];
        long offset = 0;
        var run = 1;
        for (var i = 0; i <= _current && run < threads; i++)
        {
            offset += Written(i).Length;
            if (offset >= Length * run / threads)
            {
                (starts[run], offsets[run]) = (i + 1, offset);
                run++;
            }
        }

        for (; run <= threads; run++)
        {
            (starts[run], offsets[run]) = (_current + 1, Length);
        }

        Parallel.For(0, threads, r => CopyChunks(starts[r], starts[r + 1], destination.AsSpan(checked((int)offsets[r]))));
    }

    /// <summary>Moves the bytes written into <paramref name="other"/> to the end of this buffer without copying them:
    /// its chunks become this buffer's (they go back to the pool with this buffer's), and <paramref name="other"/> is
    /// left empty. Writing then goes on after them.</summary>
    /// <param name="other">The buffer whose bytes are moved.</param>
    public void Append(SegmentedBuffer other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Length == 0)
        {
            other.Release();
            return;
        }

        // This buffer's current chunk is complete; the moved ones go after it, before the kept chunks not yet used.
        if (_current >= 0)
        {
            _written.Add(_used);
        }

        for (var i = 0; i <= other._current; i++)
        {
            _chunks.Insert(_current + 1 + i, other._chunks[i]);
            if (i < other._current)
            {
                _written.Add(other._written[i]);
            }
        }

        _current += other._current + 1;
        _used = other._used;
        Length += other.Length;

        // The moved chunks are this buffer's now; the other's unused chunks go back to the pool.
        other._chunks.RemoveRange(0, other._current + 1);
        other._current = -1;
        other.Release();
    }

    /// <summary>Forgets the bytes written and gives every chunk back to the pool (for a buffer not used again).</summary>
    public void Release()
    {
        foreach (var chunk in _chunks)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        _chunks.Clear();
        _written.Clear();
        _current = -1;
        _used = 0;
        Length = 0;
    }

    /// <summary>Writes the bytes written to <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream.</param>
    public void WriteTo(Stream stream)
    {
        for (var i = 0; i <= _current; i++)
        {
            stream.Write(Written(i));
        }
    }

    /// <summary>Writes the bytes written to <paramref name="stream"/>, asynchronously.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    public async Task WriteToAsync(Stream stream, CancellationToken cancellationToken)
    {
        for (var i = 0; i <= _current; i++)
        {
            await stream.WriteAsync(_chunks[i].AsMemory(0, i == _current ? _used : _written[i]), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Forgets the bytes written, keeping the first chunks (up to <see cref="MaxKeptBytes"/>) for the next write.</summary>
    public void Reset()
    {
        long kept = 0;
        var keep = 0;
        while (keep < _chunks.Count && kept + _chunks[keep].Length <= MaxKeptBytes)
        {
            kept += _chunks[keep].Length;
            keep++;
        }

        for (var i = keep; i < _chunks.Count; i++)
        {
            ArrayPool<byte>.Shared.Return(_chunks[i]);
        }

        _chunks.RemoveRange(keep, _chunks.Count - keep);
        _written.Clear();
        _current = -1;
        _used = 0;
        Length = 0;
    }

    /// <summary>Copies chunks <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive) to the start
    /// of <paramref name="destination"/>.</summary>
    private void CopyChunks(int start, int end, Span<byte> destination)
    {
        for (var i = start; i < end; i++)
        {
            var chunk = Written(i);
            chunk.CopyTo(destination);
            destination = destination[chunk.Length..];
        }
    }

    private ReadOnlySpan<byte> Written(int index) => _chunks[index].AsSpan(0, index == _current ? _used : _written[index]);

    /// <summary>The current chunk, moving to the next one (allocated if needed) when the current one has less
    /// than <paramref name="sizeHint"/> bytes (at least one) left.</summary>
    private byte[] Chunk(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        var needed = Math.Max(sizeHint, 1);
        if (_current >= 0 && _chunks[_current].Length - _used >= needed)
        {
            return _chunks[_current];
        }

        if (_current >= 0)
        {
            _written.Add(_used);
        }

        _current++;
        _used = 0;
        var size = Math.Max(needed, _current == 0 ? _firstChunkBytes : Math.Min(2 * _chunks[_current - 1].Length, _maxChunkBytes));
        if (_current == _chunks.Count)
        {
            _chunks.Add(ArrayPool<byte>.Shared.Rent(size));
        }
        else if (_chunks[_current].Length < needed)
        {
            ArrayPool<byte>.Shared.Return(_chunks[_current]);
            _chunks[_current] = ArrayPool<byte>.Shared.Rent(size);
        }

        return _chunks[_current];
    }
}
