using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimModel.Serialization;

/// <summary>The ClaimModel converters as one factory, for <see cref="ClaimJsonOptionsExtensions.AddClaimModel"/>:
/// every record and every list of records (<see cref="ValueList{T}"/>) in the ClaimModel wire format.</summary>
internal sealed class ClaimModelConverterFactory : JsonConverterFactory
{
    /// <summary>The one instance.</summary>
    public static readonly ClaimModelConverterFactory Instance = new();

    private ClaimModelConverterFactory()
    {
    }

    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => ClaimJsonConverters.Resolver.ConverterFor(typeToConvert) is not null;

    /// <inheritdoc/>
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        ClaimJsonConverters.Resolver.ConverterFor(typeToConvert);
}
