using System.Buffers;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>A <see cref="Utf8JsonWriter"/> over a buffer whose bytes are passed on to a sink (a stream, a text writer)
/// every 16 KiB or so, at the points the writer offers, so a large document is never held in memory whole. The buffer
/// is reused without being cleared.</summary>
internal abstract class JsonOutput : IDisposable
{
    /// <summary>How many bytes it holds at most (about) before it passes them on: 16 KiB.</summary>
    protected const int FlushThreshold = 16 * 1024;

    private readonly ArrayBufferWriter<byte> _buffer = new(2 * FlushThreshold);

    /// <summary>A JSON writer with <paramref name="options"/> over the buffer.</summary>
    /// <param name="options">The writer options.</param>
    protected JsonOutput(JsonWriterOptions options) => Json = new Utf8JsonWriter(_buffer, options);

    /// <summary>The writer.</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Passes the bytes on when enough are pending (call between whole values).</summary>
    public void MaybeDrain()
    {
        if (Pending)
        {
            Complete();
        }
    }

    /// <summary>Flushes the JSON writer and passes everything on.</summary>
    public void Complete()
    {
        Json.Flush();
        Pass(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }

    /// <summary>When enough bytes are pending (call between whole values), flushes the JSON writer and hands them over
    /// in an array from <paramref name="rent"/> instead of passing them on: for a writer on another thread than the
    /// sink's (<see cref="Reporting.BackgroundFindingWriter"/>), which passes them on with <see cref="Pass"/>.
    /// <see langword="null"/> while too few are pending.</summary>
    /// <param name="rent">Gives an array of at least the length asked.</param>
    public (byte[] Bytes, int Length)? TakePending(Func<int, byte[]> rent)
    {
        if (!Pending)
        {
            return null;
        }

        Json.Flush();
        var written = _buffer.WrittenSpan;
        var bytes = rent(written.Length);
        written.CopyTo(bytes);
        _buffer.ResetWrittenCount();
        return (bytes, written.Length);
    }

    /// <summary>Passes <paramref name="utf8"/> (whole JSON values and what separates them) on to the sink.</summary>
    /// <param name="utf8">The bytes.</param>
    public abstract void Pass(ReadOnlySpan<byte> utf8);

    /// <inheritdoc/>
    public virtual void Dispose() => Json.Dispose();

    private bool Pending => Json.BytesPending + _buffer.WrittenCount >= FlushThreshold;
}
