using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>A <see cref="ValueList{T}"/> as a JSON array whose elements are never <c>null</c>; a long one written by
/// a document's writer is written on every processor (<see cref="ParallelArrayWriter"/>), with the same bytes.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="element">The element format.</param>
internal sealed class ListFormat<T>(ValueFormat<T> element) : ValueFormat<ValueList<T>>
{
    /// <inheritdoc/>
    public override ValueList<T> Read(ref Utf8JsonReader reader, JsonReadContext context) =>
        context.ReadArray(ref reader, element) is { } items ? new ValueList<T>(items) : default;

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ValueList<T> value)
    {
        if (!ParallelArrayWriter.TryWrite(writer, value, element))
        {
            JsonWrite.Array(writer, value.AsSpan(), element);
        }
    }
}
