using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>Writes one non-null value of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="writer">The writer.</param>
/// <param name="value">The value.</param>
internal delegate void JsonValueWriter<T>(Utf8JsonWriter writer, T value);
