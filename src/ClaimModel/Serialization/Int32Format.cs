using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>A 32-bit integer as a list element (a report's statement positions).</summary>
internal sealed class Int32Format : ValueFormat<int>
{
    /// <summary>The one instance.</summary>
    public static readonly Int32Format Instance = new();

    private Int32Format()
    {
    }

    /// <inheritdoc/>
    public override int Read(ref Utf8JsonReader reader, JsonReadContext context) => context.ReadInt32(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);
}
