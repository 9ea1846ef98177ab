using System.Text.Json;
using ClaimModel.Engine;

namespace ClaimModel.Serialization;

/// <summary>A <see cref="FindingList"/> as a JSON array of findings (the same JSON as a <see cref="ValueList{T}"/> of
/// them).</summary>
/// <param name="element">The finding format.</param>
internal sealed class FindingListFormat(ValueFormat<Finding> element) : ValueFormat<FindingList>
{
    /// <inheritdoc/>
    public override FindingList Read(ref Utf8JsonReader reader, JsonReadContext context) =>
        context.ReadArray(ref reader, element) is { } items ? FindingList.Create(items) : FindingList.Empty;

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, FindingList value) => JsonWrite.Array<Finding, FindingList>(writer, value, element);
}
