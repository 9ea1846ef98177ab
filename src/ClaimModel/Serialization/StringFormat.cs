using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>A JSON string as a list element (<c>aliases</c>, <c>via</c>, <c>deniedClaims</c>).</summary>
internal sealed class StringFormat : ValueFormat<string>
{
    /// <summary>Plain strings (<c>aliases</c>).</summary>
    public static readonly StringFormat Instance = new(pooled: false);

    /// <summary>Recurring strings, references (<c>via</c>, <c>deniedClaims</c>): read through the read's string pool;
    /// lists of one such string share their array.</summary>
    public static readonly StringFormat Pooled = new(pooled: true);

    private readonly bool _pooled;

    private StringFormat(bool pooled) => _pooled = pooled;

    /// <inheritdoc/>
    public override string Read(ref Utf8JsonReader reader, JsonReadContext context) =>
        _pooled ? context.ReadPooled(ref reader) : context.ReadString(ref reader);

    /// <inheritdoc/>
    public override string[] Single(string value, JsonReadContext context) =>
        _pooled ? context.PooledSingle(value) : [value];

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string value)
    {
        JsonWrite.StringValue(writer, value, string.Empty);
    }
}
