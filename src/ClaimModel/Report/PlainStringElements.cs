using System.Buffers;
using System.Text;
using System.Text.Json;
using ClaimModel.Serialization;

namespace ClaimModel.Reporting;

/// <summary>Writes strings as list elements (<see cref="StringFormat.Pooled"/>, the same bytes) the cheap way when
/// they are plain ids — letters, digits, '-', '_', '.', which no encoder escapes: the line break and indentation the
/// writer puts before an element at its depth (rendered once per depth with its options), the quoted ASCII, as a raw
/// value. Anything else is written as <see cref="StringFormat.Pooled"/> writes it. For the lists of ids of one report
/// write (a dispute's findings, a finding's origins: millions of short strings). One instance per write (not
/// thread-safe); reads as <see cref="StringFormat.Pooled"/>.</summary>
internal sealed class PlainStringElements : ValueFormat<string>
{
    /// <summary>Ids longer than this go the ordinary way.</summary>
    private const int MaxPlain = 128;

    private static readonly SearchValues<char> Plain = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    /// <summary>By depth, what the writer writes before an element (line break and indentation); rendered on first use.</summary>
    private readonly List<byte[]?> _leads = [];
    private JsonWriterOptions? _options;

    /// <inheritdoc/>
    public override string Read(ref Utf8JsonReader reader, JsonReadContext context) => StringFormat.Pooled.Read(ref reader, context);

    /// <inheritdoc/>
    public override string[] Single(string value, JsonReadContext context) => StringFormat.Pooled.Single(value, context);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string value)
    {
        if (value.Length == 0 || value.Length > MaxPlain || value.AsSpan().ContainsAnyExcept(Plain))
        {
            StringFormat.Pooled.Write(writer, value);
            return;
        }

        var lead = Lead(writer);
        Span<byte> raw = stackalloc byte[MaxPlain + 2 + lead.Length];
        lead.CopyTo(raw);
        raw[lead.Length] = (byte)'"';
        var length = lead.Length + 1 + Encoding.ASCII.GetBytes(value, raw[(lead.Length + 1)..]);
        raw[length++] = (byte)'"';
        writer.WriteRawValue(raw[..length], skipInputValidation: true);
    }

    /// <summary>What <paramref name="writer"/> writes before an element at its depth: an element written by a writer with
    /// its options, after as many open arrays, less the element.</summary>
    private byte[] Lead(Utf8JsonWriter writer)
    {
        var options = writer.Options;
        if (_options is not { } known || !Same(known, options))
        {
            _leads.Clear();
            _options = options;
        }

        var depth = writer.CurrentDepth;
        while (_leads.Count <= depth)
        {
            _leads.Add(null);
        }

        return _leads[depth] ??= Render(options, depth);
    }

    private static byte[] Render(JsonWriterOptions options, int depth)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using var renderer = new Utf8JsonWriter(buffer, options);
        for (var i = 0; i < depth; i++)
        {
            renderer.WriteStartArray();
        }

        renderer.Flush();
        var start = buffer.WrittenCount;
        renderer.WriteStringValue("a");
        renderer.Flush();
        return buffer.WrittenSpan[start..^3].ToArray();
    }

    private static bool Same(JsonWriterOptions x, JsonWriterOptions y) =>
        x.Indented == y.Indented && x.IndentCharacter == y.IndentCharacter && x.IndentSize == y.IndentSize &&
        string.Equals(x.NewLine, y.NewLine, StringComparison.Ordinal) && ReferenceEquals(x.Encoder, y.Encoder);
}
