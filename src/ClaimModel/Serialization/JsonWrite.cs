using System.Globalization;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>Writes members of a record described by a <see cref="JsonMembers"/> table: omits <c>null</c>
/// optional members and empty optional arrays, refuses <c>null</c> required members, undefined enum values
/// and non-finite numbers with a <see cref="ClaimJsonException"/> whose path is completed as the stack
/// unwinds (no cost while nothing fails).</summary>
internal static class JsonWrite
{
    /// <summary>Writes a string member.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="members">The record's members.</param>
    /// <param name="index">The member index.</param>
    /// <param name="value">The value; <see langword="null"/> omits an optional member.</param>
    public static void String(Utf8JsonWriter writer, JsonMembers members, int index, string? value)
    {
        if (value is null)
        {
            RequireAbsentIsOptional(members, index);
            return;
        }

        RequireValidUtf16(value, "." + members.Name(index));
        writer.WriteString(members[index], value);
    }

    /// <summary>Writes a string array element (the element writer for <see cref="List{T}"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void StringValue(Utf8JsonWriter writer, string value)
    {
        RequireValidUtf16(value, string.Empty);
        writer.WriteStringValue(value);
    }

    /// <summary>Writes an enum member by its kebab-case name.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="members">The record's members.</param>
    /// <param name="index">The member index.</param>
    /// <param name="value">The value.</param>
    public static void Enum<TEnum>(Utf8JsonWriter writer, JsonMembers members, int index, TEnum value)
        where TEnum : struct, Enum
    {
        if (!EnumText<TEnum>.TryGetEncoded(value, out var name))
        {
            throw ClaimJsonException.Write(
                $"Cannot write {EnumText<TEnum>.Name(value)} as the '{members.Name(index)}' of {members.Label}: it is not a defined {typeof(TEnum).Name} (one of: {EnumText<TEnum>.AllNames}).",
                "." + members.Name(index));
        }

        writer.WriteString(members[index], name);
    }

    /// <summary>Writes an optional enum member.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="members">The record's members.</param>
    /// <param name="index">The member index.</param>
    /// <param name="value">The value; <see langword="null"/> omits the member.</param>
    public static void Enum<TEnum>(Utf8JsonWriter writer, JsonMembers members, int index, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } present)
        {
            Enum(writer, members, index, present);
        }
    }

    /// <summary>Writes an optional decimal member as a JSON number, as given (scale kept).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="members">The record's members.</param>
    /// <param name="index">The member index.</param>
    /// <param name="value">The value; <see langword="null"/> omits the member.</param>
    public static void Decimal(Utf8JsonWriter writer, JsonMembers members, int index, decimal? value)
    {
        if (value is { } present)
        {
            writer.WriteNumber(members[index], present);
        }
    }

    /// <summary>Writes a finite double member.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="members">The record's members.</param>
    /// <param name="index">The member index.</param>
    /// <param name="value">The value.</param>
    public static void Double(Utf8JsonWriter writer, JsonMembers members, int index, double value)
    {
        if (!double.IsFinite(value))
        {
            throw ClaimJsonException.Write(
                $"Cannot write {value.ToString(CultureInfo.InvariantCulture)} as the '{members.Name(index)}' of {members.Label}: JSON numbers must be finite.",
                "." + members.Name(index));
        }

        writer.WriteNumber(members[index], value);
    }

    /// <summary>Writes an optional 32-bit integer member.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="members">The record's members.</param>
    /// <param name="index">The member index.</param>
    /// <param name="value">The value; <see langword="null"/> omits the member.</param>
    public static void Int32(Utf8JsonWriter writer, JsonMembers members, int index, int? value)
    {
        if (value is { } present)
        {
            writer.WriteNumber(members[index], present);
        }
    }

    /// <summary>Writes a boolean member.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="members">The record's members.</param>
    /// <param name="index">The member index.</param>
    /// <param name="value">The value.</param>
    public static void Boolean(Utf8JsonWriter writer, JsonMembers members, int index, bool value) =>
        writer.WriteBoolean(members[index], value);

    /// <summary>Writes an optional date-time member in ISO 8601 with its offset.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="members">The record's members.</param>
    /// <param name="index">The member index.</param>
    /// <param name="value">The value; <see langword="null"/> omits the member.</param>
    public static void DateTimeOffset(Utf8JsonWriter writer, JsonMembers members, int index, DateTimeOffset? value)
    {
        if (value is { } present)
        {
            writer.WriteString(members[index], present);
        }
    }

    /// <summary>Writes a nested record member.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="members">The record's members.</param>
    /// <param name="index">The member index.</param>
    /// <param name="value">The value; <see langword="null"/> omits an optional member.</param>
    /// <param name="write">Writes the nested record.</param>
    public static void Record<T>(Utf8JsonWriter writer, JsonMembers members, int index, T? value, JsonValueWriter<T> write)
        where T : class
    {
        if (value is null)
        {
            RequireAbsentIsOptional(members, index);
            return;
        }

        writer.WritePropertyName(members[index]);
        try
        {
            write(writer, value);
        }
        catch (ClaimJsonException e) when (e.IsWrite)
        {
            throw e.Under("." + members.Name(index));
        }
    }

    /// <summary>Writes an array member; an empty optional array is omitted, a required one written.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="members">The record's members.</param>
    /// <param name="index">The member index.</param>
    /// <param name="list">The elements.</param>
    /// <param name="write">Writes one element.</param>
    public static void List<T>(Utf8JsonWriter writer, JsonMembers members, int index, ValueList<T> list, JsonValueWriter<T> write)
    {
        if (list.IsEmpty && !members.IsRequired(index))
        {
            return;
        }

        writer.WritePropertyName(members[index]);
        try
        {
            Array(writer, list, write);
        }
        catch (ClaimJsonException e) when (e.IsWrite)
        {
            throw e.Under("." + members.Name(index));
        }
    }

    /// <summary>Writes a list as a JSON array (also the whole value of a <see cref="ValueList{T}"/>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="list">The elements.</param>
    /// <param name="write">Writes one element.</param>
    public static void Array<T>(Utf8JsonWriter writer, ValueList<T> list, JsonValueWriter<T> write)
    {
        writer.WriteStartArray();
        var items = list.AsSpan();
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            try
            {
                if (item is null)
                {
                    throw ClaimJsonException.Write("Cannot write a null list element; remove it.", string.Empty);
                }

                write(writer, item);
            }
            catch (ClaimJsonException e) when (e.IsWrite)
            {
                throw e.Under("[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            }
        }

        writer.WriteEndArray();
    }

    private static void RequireAbsentIsOptional(JsonMembers members, int index)
    {
        if (members.IsRequired(index))
        {
            throw ClaimJsonException.Write(
                $"Cannot write {members.Label}: its required member '{members.Name(index)}' is null.",
                "." + members.Name(index));
        }
    }

    /// <summary>Refuses a lone surrogate, which the writer would silently replace with U+FFFD (data loss).
    /// The common case (no surrogates at all) is one vectorized search.</summary>
    private static void RequireValidUtf16(string value, string path)
    {
        var text = value.AsSpan();
        var i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return;
        }

        for (; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw ClaimJsonException.Write(
                    string.Create(CultureInfo.InvariantCulture, $"Cannot write a string holding a lone surrogate (U+{(int)text[i]:X4} at index {i}); JSON text must be valid Unicode."),
                    path);
            }
        }
    }
}
