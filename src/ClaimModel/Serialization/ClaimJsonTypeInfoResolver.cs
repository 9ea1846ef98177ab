using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ClaimModel.Serialization;

/// <summary>A reflection-free <see cref="IJsonTypeInfoResolver"/>: each registered type gets value metadata
/// over its converter (<see cref="JsonMetadataServices.CreateValueInfo{T}"/>), which is trimming- and
/// NativeAOT-safe. Unregistered types resolve to <see langword="null"/> (so it combines with other resolvers).</summary>
internal sealed class ClaimJsonTypeInfoResolver : IJsonTypeInfoResolver
{
    private readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> _factories = [];
    private readonly List<JsonConverter> _converters = [];

    /// <summary>The registered converters, in registration order.</summary>
    public IReadOnlyList<JsonConverter> Converters => _converters;

    /// <summary>Registers the converter for <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The converted type.</typeparam>
    /// <param name="converter">The converter.</param>
    /// <returns>This resolver, for chaining.</returns>
    public ClaimJsonTypeInfoResolver Add<T>(JsonConverter<T> converter)
    {
        _factories.Add(typeof(T), options => JsonMetadataServices.CreateValueInfo<T>(options, converter));
        _converters.Add(converter);
        return this;
    }

    /// <summary>Registers a converter built from a read function and a write function.</summary>
    /// <typeparam name="T">The converted type.</typeparam>
    /// <param name="read">Reads a value strictly.</param>
    /// <param name="write">Writes a value.</param>
    /// <returns>This resolver, for chaining.</returns>
    public ClaimJsonTypeInfoResolver Add<T>(JsonValueReader<T> read, JsonValueWriter<T> write) =>
        Add(new FormatConverter<T>(read, write));

    /// <summary>Registers <typeparamref name="T"/> and the list of it (<see cref="ValueList{T}"/>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="read">Reads one element strictly.</param>
    /// <param name="write">Writes one element.</param>
    /// <returns>This resolver, for chaining.</returns>
    public ClaimJsonTypeInfoResolver AddWithList<T>(JsonValueReader<T> read, JsonValueWriter<T> write) =>
        Add(read, write).AddList(read, write);

    /// <summary>Registers the list type <see cref="ValueList{T}"/> (a JSON array, no null elements).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="read">Reads one element strictly.</param>
    /// <param name="write">Writes one element.</param>
    /// <returns>This resolver, for chaining.</returns>
    public ClaimJsonTypeInfoResolver AddList<T>(JsonValueReader<T> read, JsonValueWriter<T> write) =>
        Add<ValueList<T>>(
            (ref Utf8JsonReader reader, JsonReadContext context) => context.ReadList(ref reader, read),
            (writer, list) => JsonWrite.Array(writer, list, write));

    /// <inheritdoc/>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        _factories.TryGetValue(type, out var factory) ? factory(options) : null;
}
