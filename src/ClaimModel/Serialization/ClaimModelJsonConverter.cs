using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimModel.Serialization;

/// <summary>The converter every ClaimModel record carries (<c>[JsonConverter(typeof(ClaimModelJsonConverter&lt;Claim&gt;))]</c>
/// on the type): whatever <c>System.Text.Json</c> setup serializes a record — default reflection options, a consumer's
/// own source-generated <see cref="JsonSerializerContext"/>, ASP.NET's options — it reads and writes exactly the
/// ClaimModel wire format, as <see cref="ClaimJson.Options"/> does.</summary>
/// <remarks>No configuration is needed. The converter delegates to the one of <see cref="ClaimJson.Options"/>, found in
/// a table by type, never by reflection, so it is safe under trimming and NativeAOT; a source generator instantiates
/// it with its public parameterless constructor. A record read on its own is read as format version 2
/// (<see cref="ClaimJson"/>); a malformed one is a <see cref="ClaimJsonException"/> with its path.</remarks>
/// <typeparam name="T">A ClaimModel record type.</typeparam>
public sealed class ClaimModelJsonConverter<T> : JsonConverter<T>
{
    private readonly JsonConverter<T> _format;

    /// <summary>The converter of <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException"><typeparamref name="T"/> has no ClaimModel wire format.</exception>
    public ClaimModelJsonConverter() =>
        _format = ClaimJsonConverters.Resolver.ConverterFor(typeof(T)) as JsonConverter<T>
            ?? throw new InvalidOperationException($"{typeof(T)} has no ClaimModel wire format.");

    /// <inheritdoc/>
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => _format.Read(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _format.Write(writer, value, options);
}
