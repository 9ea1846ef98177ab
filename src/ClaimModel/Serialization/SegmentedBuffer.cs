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

    private readonly List<byte[]> _chunks = [];
    private readonly List<int> _written = [];
    private int _current = -1;
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
    public void CopyTo(Span<byte> destination)
    {
        for (var i = 0; i <= _current; i++)
        {
            var chunk = Written(i);
            chunk.CopyTo(destination);
            destination = destination[chunk.Length..];
        }
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
}
