using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>Runs a <see cref="Utf8JsonWriter"/> over a <see cref="TextWriter"/> (<see cref="JsonOutput"/>): the text is
/// passed on every 16 KiB or so (the text writer is not flushed).</summary>
internal sealed class JsonTextOutput : JsonOutput
{
    /// <summary>The writer options of the exports: indented by 2 spaces, LF, non-ASCII text as is.</summary>
    public static JsonWriterOptions ExportOptions { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TextWriter _text;
    private char[] _chars = ArrayPool<char>.Shared.Rent(2 * FlushThreshold);

    /// <summary>A JSON writer over <paramref name="text"/>.</summary>
    /// <param name="text">Where the text goes (not flushed or closed).</param>
    /// <param name="options">The writer options (<see cref="ExportOptions"/> unless given).</param>
    public JsonTextOutput(TextWriter text, JsonWriterOptions? options = null)
        : base(options ?? ExportOptions) => _text = text;

    /// <inheritdoc/>
    public override void Pass(ReadOnlySpan<byte> utf8)
    {
        var needed = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (needed > _chars.Length)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = ArrayPool<char>.Shared.Rent(needed);
        }

        var count = Encoding.UTF8.GetChars(utf8, _chars);
        _text.Write(_chars, 0, count);
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        base.Dispose();
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
    }
}
