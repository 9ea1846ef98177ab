using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimModel.Serialization;

/// <summary>A <see cref="JsonConverter{T}"/> over a <see cref="ValueFormat{T}"/>: the one converter class
/// behind every ClaimModel type in <see cref="ClaimJson.Options"/>, so that <see cref="JsonSerializer"/>
/// reads (strictly) and writes exactly what <see cref="ClaimJson"/> does.</summary>
/// <typeparam name="T">The converted type.</typeparam>
/// <param name="format">The wire format of <typeparamref name="T"/>.</param>
internal sealed class FormatConverter<T>(ValueFormat<T> format) : JsonConverter<T>
{
    /// <summary>The wire format.</summary>
    public ValueFormat<T> Format => format;

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var context = new JsonReadContext();
        try
        {
            return format.Read(ref reader, context);
        }
        catch (Exception e) when (e is not ClaimJsonException && context.Translate(e, default) is { } error)
        {
            throw error;
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => format.Write(writer, value);
}
