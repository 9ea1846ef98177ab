using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>How one type is read (strictly) and written on the wire: a record, a list, a string or the
/// polymorphic statement. Every converter and every nested member goes through one of these.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class ValueFormat<T>
{
    /// <summary>Reads a value whose first token (not <c>null</c>) the reader is on, leaving the reader on
    /// the value's last token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The path and error context.</param>
    /// <returns>The value.</returns>
    public abstract T Read(ref Utf8JsonReader reader, JsonReadContext context);

    /// <summary>The array of a list read with one element, <paramref name="value"/> (just read): a new one, except
    /// where a format shares equal ones (<see cref="StringFormat.Pooled"/>). Element arrays are never written to
    /// once read, so sharing one is invisible.</summary>
    /// <param name="value">The element just read.</param>
    /// <param name="context">The read context.</param>
    /// <returns>An array holding only <paramref name="value"/>.</returns>
    public virtual T[] Single(T value, JsonReadContext context) => [value];

    /// <summary>The format a record member reads its values with: this one, or for a shared record format one with a
    /// <see cref="RecordPool"/> scope of the member's own (<see cref="SharedRecordFormat{T}"/>).</summary>
    public virtual ValueFormat<T> ForMember() => this;

    /// <summary>Writes a non-null value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public abstract void Write(Utf8JsonWriter writer, T value);
}
