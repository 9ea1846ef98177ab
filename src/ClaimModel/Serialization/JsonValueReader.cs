using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>Reads one value of type <typeparamref name="T"/> at the reader's current token (which is not
/// <c>null</c>), leaving the reader on the value's last token.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="reader">The reader, on the value's first token.</param>
/// <param name="context">The path and error context.</param>
internal delegate T JsonValueReader<T>(ref Utf8JsonReader reader, JsonReadContext context);
