using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>Adds ClaimModel to options you own (in the style of NodaTime's <c>ConfigureForNodaTime</c>).</summary>
public static class ClaimJsonOptionsExtensions
{
    /// <summary>Adds the ClaimModel converters to <paramref name="options"/> — every record, statement and list of
    /// records in the ClaimModel wire format — and returns the same options for chaining:
    /// <c>services.ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.AddClaimModel())</c>. Adding twice adds once.
    /// The records carry their converter anyway (<see cref="ClaimModelJsonConverter{T}"/>); this also covers
    /// <see cref="ValueList{T}"/> members of your own types.</summary>
    /// <param name="options">The options, not yet used (read-only options throw <see cref="InvalidOperationException"/>).</param>
    public static JsonSerializerOptions AddClaimModel(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Converters.Contains(ClaimModelConverterFactory.Instance))
        {
            options.Converters.Add(ClaimModelConverterFactory.Instance);
        }

        return options;
    }
}
