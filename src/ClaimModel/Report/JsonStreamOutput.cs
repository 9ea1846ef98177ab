using System.Buffers;
using System.Text.Json;

namespace ClaimModel.Reporting;

/// <summary>Runs a <see cref="Utf8JsonWriter"/> over a stream, passing the bytes on (and flushing the stream) every
/// 16 KiB or so, at the points the writer offers, so a large report is never held in memory whole. Its buffer is
/// reused without being cleared (a writer over the stream itself clears its buffer at each flush).</summary>
internal sealed class JsonStreamOutput : IDisposable
{
    /// <summary>How many bytes it holds at most (about) before it passes them on: 16 KiB.</summary>
    private const int FlushThreshold = 16 * 1024;

    private readonly Stream _stream;
    private readonly ArrayBufferWriter<byte> _buffer = new(2 * FlushThreshold);

    /// <summary>A JSON writer over <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the bytes go (left open).</param>
    /// <param name="options">The writer options.</param>
    public JsonStreamOutput(Stream stream, JsonWriterOptions options)
    {
        _stream = stream;
        Json = new Utf8JsonWriter(_buffer, options);
    }

    /// <summary>The writer.</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Passes the bytes on when enough are pending (call between whole values).</summary>
    public void MaybeDrain()
    {
        if (Json.BytesPending + _buffer.WrittenCount >= FlushThreshold)
        {
            Complete();
        }
    }

    /// <summary>Flushes the JSON writer and passes everything on, flushing the stream.</summary>
    public void Complete()
    {
        Json.Flush();
        _stream.Write(_buffer.WrittenSpan);
        _stream.Flush();
        _buffer.ResetWrittenCount();
    }

    /// <inheritdoc/>
    public void Dispose() => Json.Dispose();
}
