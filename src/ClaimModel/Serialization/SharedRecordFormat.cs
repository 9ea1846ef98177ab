using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>A <see cref="RecordFormat{T}.Shared"/> record format as read for one member (a value or the elements of
/// a list): its own <see cref="RecordPool"/> scope, so that equal records read for that member share one instance.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class SharedRecordFormat<T> : ValueFormat<T>
    where T : class
{
    private readonly RecordFormat<T> _format;
    private readonly int _scope = RecordPool.NewScope();

    /// <summary>Creates the format of one member (<see cref="ValueFormat{T}.ForMember"/>).</summary>
    /// <param name="format">The shared record format.</param>
    public SharedRecordFormat(RecordFormat<T> format) => _format = format;

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, JsonReadContext context) => _format.Read(ref reader, context, _scope);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value) => _format.Write(writer, value);
}
