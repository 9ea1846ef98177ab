using System.Buffers;

namespace ClaimModel.Serialization;

/// <summary>A growing write buffer made of chunks (64 kB, doubling up to 1 MB), so that a large document is
/// written without the copies and the ever larger arrays that growing one contiguous buffer takes; the
/// chunks are then copied once into the result or written to the stream. Chunks come from the shared
/// <see cref="ArrayPool{T}"/>; those up to <see cref="MaxKeptBytes"/> are kept for the next write, the others
/// go back to the pool (see <see cref="Reset"/>). Bytes written into other buffers can be taken in between without
/// being copied (<see cref="Append"/>): the buffer's bytes are a sequence of segments, each a range of a chunk of its
/// own or of a buffer it has adopted (<see cref="Adopt"/>).</summary>
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
    /// thread copies about as fast as two start).</summary>
    private const int ParallelCopyFrom = 8 * 1024 * 1024;

    /// <summary>This buffer's own chunks, in the order they are written (those after the current one are kept for reuse).</summary>
    private readonly List<byte[]> _chunks = [];

    /// <summary>The completed segments, in order; the current one (of the current chunk, from
    /// <see cref="_start"/> to <see cref="_used"/>) comes after them.</summary>
    private readonly List<Segment> _done = [];

    /// <summary>The buffers whose chunks segments may refer to, released with this one.</summary>
    private readonly List<SegmentedBuffer> _adopted = [];

    private int _current = -1;
    private int _start;
    private int _used;

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

    /// <summary>The bytes written, when they are in one segment.</summary>
    /// <param name="bytes">The bytes, if in one segment.</param>
    /// <returns>Whether the bytes are in one segment.</returns>
    public bool TryGetContiguous(out ReadOnlySpan<byte> bytes)
    {
        var currentEmpty = _current < 0 || _used == _start;
        if (_done.Count == 0 || (_done.Count == 1 && currentEmpty))
        {
            bytes = _done.Count == 1 ? _done[0].Span : currentEmpty ? [] : _chunks[_current].AsSpan(_start, _used - _start);
            return true;
        }

        bytes = default;
        return false;
    }

    /// <summary>Ends the current segment (the next byte starts a new one, in the same chunk) and gives the number of
    /// segments before the next byte: the bytes written between two marks are the segments between them
    /// (<see cref="Append"/>).</summary>
    /// <returns>The mark.</returns>
    public int Mark()
    {
        CloseCurrent();
        return _done.Count;
    }

    /// <summary>Copies the bytes written into <paramref name="destination"/>, which holds at least <see cref="Length"/> bytes.</summary>
    /// <param name="destination">The destination.</param>
    public void CopyTo(Span<byte> destination) => CopySegments(0, SegmentCount, destination);

    /// <summary>Copies the bytes written into <paramref name="destination"/>, which holds at least <see cref="Length"/>
    /// bytes: from <see cref="ParallelCopyFrom"/> bytes on, with a second processor, the segments are split into one run
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

        // Run r is segments [starts[r], starts[r + 1]), copied from offsets[r] on: the runs end where the bytes so
        // far first reach r / threads of the whole.
        var count = SegmentCount;
        var starts = new int[threads + 1];
        var offsets = new long[threads + 1];
        long offset = 0;
        var run = 1;
        for (var i = 0; i < count && run < threads; i++)
        {
            offset += SegmentAt(i).Length;
            if (offset >= Length * run / threads)
            {
                (starts[run], offsets[run]) = (i + 1, offset);
                run++;
            }
        }

        for (; run <= threads; run++)
        {
            (starts[run], offsets[run]) = (count, Length);
        }

        Parallel.For(0, threads, r => CopySegments(starts[r], starts[r + 1], destination.AsSpan(checked((int)offsets[r]))));
    }

    /// <summary>Writes the bytes written to <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream.</param>
    public void WriteTo(Stream stream)
    {
        for (var i = 0; i < SegmentCount; i++)
        {
            stream.Write(SegmentAt(i).Span);
        }
    }

    /// <summary>Writes the bytes written to <paramref name="stream"/>, asynchronously.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    public async Task WriteToAsync(Stream stream, CancellationToken cancellationToken)
    {
        for (var i = 0; i < SegmentCount; i++)
        {
            await stream.WriteAsync(SegmentAt(i).Memory, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Makes this buffer release <paramref name="other"/> when it is reset or released, so that its bytes can
    /// be appended (<see cref="Append"/>) and stay valid until then.</summary>
    /// <param name="other">A buffer not written to any more.</param>
    public void Adopt(SegmentedBuffer other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _adopted.Add(other);
    }

    /// <summary>Appends the bytes <paramref name="other"/> (a buffer this one has adopted) took between the marks
    /// <paramref name="from"/> and <paramref name="to"/> without copying them; writing then goes on after them, in what
    /// is left of the current chunk.</summary>
    /// <param name="other">The buffer the bytes are in.</param>
    /// <param name="from">The <see cref="Mark"/> of <paramref name="other"/> before the first byte.</param>
    /// <param name="to">The <see cref="Mark"/> of <paramref name="other"/> after the last byte.</param>
    public void Append(SegmentedBuffer other, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(other);
        CloseCurrent();
        for (var s = from; s < to; s++)
        {
            var segment = other._done[s];
            _done.Add(segment);
            Length += segment.Length;
        }
    }

    /// <summary>Forgets the bytes written, keeping the first chunks (up to <see cref="MaxKeptBytes"/>) for the next
    /// write; releases the adopted buffers.</summary>
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
        Forget();
    }

    /// <summary>Forgets the bytes written and gives every chunk back to the pool, the adopted buffers' too (for a
    /// buffer not used again).</summary>
    public void Release()
    {
        foreach (var chunk in _chunks)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        _chunks.Clear();
        Forget();
    }

    /// <summary>The number of segments, the current one included (it may be empty).</summary>
    private int SegmentCount => _done.Count + (_current >= 0 ? 1 : 0);

    /// <summary>Segment <paramref name="index"/> (below <see cref="SegmentCount"/>).</summary>
    private Segment SegmentAt(int index) => index < _done.Count ? _done[index] : new Segment(_chunks[_current], _start, _used);

    private void Forget()
    {
        foreach (var other in _adopted)
        {
            other.Release();
        }

        _adopted.Clear();
        _done.Clear();
        _current = -1;
        _start = 0;
        _used = 0;
        Length = 0;
    }

    /// <summary>Ends the current segment; the next one starts where it ends, in the same chunk.</summary>
    private void CloseCurrent()
    {
        if (_current >= 0 && _used > _start)
        {
            _done.Add(new Segment(_chunks[_current], _start, _used));
            _start = _used;
        }
    }

    /// <summary>Copies segments <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive) to the start
    /// of <paramref name="destination"/>.</summary>
    private void CopySegments(int start, int end, Span<byte> destination)
    {
        for (var i = start; i < end; i++)
        {
            var segment = SegmentAt(i).Span;
            segment.CopyTo(destination);
            destination = destination[segment.Length..];
        }
    }

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

        CloseCurrent();
        _current++;
        _start = 0;
        _used = 0;
        var size = Math.Max(needed, _current == 0 ? FirstChunkBytes : Math.Min(2 * _chunks[_current - 1].Length, MaxChunkBytes));
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

    /// <summary>A range of a chunk.</summary>
    /// <param name="Chunk">The chunk.</param>
    /// <param name="Start">The first byte.</param>
    /// <param name="End">The byte after the last.</param>
    private readonly record struct Segment(byte[] Chunk, int Start, int End)
    {
        public int Length => End - Start;

        public ReadOnlySpan<byte> Span => Chunk.AsSpan(Start, End - Start);

        public ReadOnlyMemory<byte> Memory => Chunk.AsMemory(Start, End - Start);
    }
}
