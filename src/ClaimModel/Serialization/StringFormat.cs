using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>A JSON string as a list element (<c>aliases</c>, <c>via</c>, <c>deniedClaims</c>).</summary>
internal sealed class StringFormat : ValueFormat<string>
{
    /// <summary>The one instance.</summary>
    public static readonly StringFormat Instance = new();

    private StringFormat()
    {
    }

    /// <inheritdoc/>
    public override string Read(ref Utf8JsonReader reader, JsonReadContext context) => context.ReadString(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string value)
    {
        JsonWrite.RequireValidUtf16(value, string.Empty);
        writer.WriteStringValue(value);
    }
}
