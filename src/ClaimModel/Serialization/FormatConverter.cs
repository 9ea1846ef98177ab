using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimModel.Serialization;

/// <summary>A <see cref="JsonConverter{T}"/> over a strict read function and a write function: the one
/// converter class behind every ClaimModel type in <see cref="ClaimJson.Options"/>, so that
/// <see cref="JsonSerializer"/> reads and writes exactly what <see cref="ClaimJson"/> does.</summary>
/// <typeparam name="T">The converted type.</typeparam>
/// <param name="read">Reads a value strictly (the reader is on its first token).</param>
/// <param name="write">Writes a value.</param>
internal sealed class FormatConverter<T>(JsonValueReader<T> read, JsonValueWriter<T> write) : JsonConverter<T>
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var context = new JsonReadContext();
        try
        {
            return read(ref reader, context);
        }
        catch (Exception e) when (e is not ClaimJsonException && context.Translate(e, default) is { } error)
        {
            throw error;
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => write(writer, value);
}
