using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>Runs a <see cref="Utf8JsonWriter"/> over a <see cref="TextWriter"/>, passing the text on every 16 KiB or
/// so (at the points the writer offers), so a large export or report is never held in memory whole.</summary>
internal sealed class JsonTextOutput : IDisposable
{
    /// <summary>The writer options of the exports: indented by 2 spaces, LF, non-ASCII text as is.</summary>
    public static JsonWriterOptions ExportOptions { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const int FlushThreshold = 16 * 1024;

    private readonly TextWriter _text;
    private readonly ArrayBufferWriter<byte> _buffer = new(2 * FlushThreshold);
    private char[] _chars = ArrayPool<char>.Shared.Rent(2 * FlushThreshold);

    /// <summary>A JSON writer over <paramref name="text"/>.</summary>
    /// <param name="text">Where the text goes (not flushed or closed).</param>
    /// <param name="options">The writer options (<see cref="ExportOptions"/> unless given).</param>
    public JsonTextOutput(TextWriter text, JsonWriterOptions? options = null)
    {
        _text = text;
        Json = new Utf8JsonWriter(_buffer, options ?? ExportOptions);
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Passes the text on when enough is pending (call between whole values).</summary>
    public void MaybeDrain()
    {
        if (Json.BytesPending + _buffer.WrittenCount >= FlushThreshold)
        {
            Json.Flush();
            Drain();
        }
    }

    /// <summary>Flushes the JSON writer and passes everything on (the text writer is not flushed).</summary>
    public void Complete()
    {
        Json.Flush();
        Drain();
    }

    public void Dispose()
    {
        Json.Dispose();
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
    }

    private void Drain()
    {
        var bytes = _buffer.WrittenSpan;
        var needed = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (needed > _chars.Length)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = ArrayPool<char>.Shared.Rent(needed);
        }

        var count = Encoding.UTF8.GetChars(bytes, _chars);
        _text.Write(_chars, 0, count);
        _buffer.ResetWrittenCount();
    }
}
