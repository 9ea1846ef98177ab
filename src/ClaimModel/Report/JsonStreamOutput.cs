using System.Text.Json;
using ClaimModel.Serialization;

namespace ClaimModel.Reporting;

/// <summary>Runs a <see cref="Utf8JsonWriter"/> over a stream (<see cref="JsonOutput"/>): the bytes are written to the
/// stream, and the stream flushed, every 16 KiB or so.</summary>
/// <param name="stream">Where the bytes go (left open).</param>
/// <param name="options">The writer options.</param>
internal sealed class JsonStreamOutput(Stream stream, JsonWriterOptions options) : JsonOutput(options)
{
    /// <inheritdoc/>
    public override void Pass(ReadOnlySpan<byte> utf8)
    {
        stream.Write(utf8);
        stream.Flush();
    }
}
