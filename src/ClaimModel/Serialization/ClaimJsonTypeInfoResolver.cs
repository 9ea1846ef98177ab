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
    private readonly Dictionary<Type, JsonConverter> _byType = [];

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
        _byType.Add(typeof(T), converter);
        return this;
    }

    /// <summary>The converter of <paramref name="type"/>, or <see langword="null"/> when it is no ClaimModel type.</summary>
    public JsonConverter? ConverterFor(Type type) => _byType.GetValueOrDefault(type);

    /// <summary>Registers the converter of a wire format.</summary>
    /// <typeparam name="T">The converted type.</typeparam>
    /// <param name="format">The format.</param>
    /// <returns>This resolver, for chaining.</returns>
    public ClaimJsonTypeInfoResolver Add<T>(ValueFormat<T> format) => Add(new FormatConverter<T>(format));

    /// <summary>Registers the converters of a wire format and of the list of it (<see cref="ValueList{T}"/>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="format">The element format.</param>
    /// <returns>This resolver, for chaining.</returns>
    public ClaimJsonTypeInfoResolver AddWithList<T>(ValueFormat<T> format) => Add(format).Add(new ListFormat<T>(format));

    /// <inheritdoc/>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        _factories.TryGetValue(type, out var factory) ? factory(options) : null;
}
