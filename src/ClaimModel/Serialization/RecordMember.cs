using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>One member of a record's wire table: its camelCase name, whether it is required, how its value
/// is read into a <see cref="RecordSlot"/> and how it is written from the record (omitted when
/// <c>null</c> or, for an optional list, empty). The kinds below are the only member logic there is; the
/// record tables in <see cref="WireFormat"/> only combine them.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal abstract class RecordMember<T>
{
    /// <summary>Creates the member.</summary>
    /// <param name="name">The camelCase name; a trailing <c>!</c> marks it required.</param>
    /// <param name="label">How messages name the record ("a claim").</param>
    protected RecordMember(string name, string label)
    {
        Required = name.EndsWith('!');
        Name = Required ? name[..^1] : name;
        Encoded = JsonEncodedText.Encode(Name);
        Path = "." + Name;
        Label = label;
    }

    /// <summary>The camelCase name.</summary>
    public string Name { get; }

    /// <summary>The path segment of the member in error messages (<c>.name</c>), made once.</summary>
    public string Path { get; }

    /// <summary>The encoded name for the writer.</summary>
    public JsonEncodedText Encoded { get; }

    /// <summary>Whether the member must be present and not <c>null</c> (in the versions it exists in).</summary>
    public bool Required { get; }

    /// <summary>The first format version the member exists in.</summary>
    public int Since { get; set; } = FormatVersions.Oldest;

    /// <summary>The last format version the member exists in (members of older versions are read, never written).</summary>
    public int Until { get; set; } = int.MaxValue;

    /// <summary>Whether the member exists in format version <paramref name="version"/>.</summary>
    public bool ExistsIn(int version) => version >= Since && version <= Until;

    /// <summary>How messages name the record.</summary>
    protected string Label { get; }

    /// <summary>Reads the member's (non-null) value into its slot.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="context">The read context.</param>
    /// <param name="slot">The member's slot.</param>
    public abstract void Read(ref Utf8JsonReader reader, JsonReadContext context, ref RecordSlot slot);

    /// <summary>Writes the member of <paramref name="record"/>, or nothing when it is absent.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="record">The record.</param>
    public abstract void Write(Utf8JsonWriter writer, T record);

    /// <summary>Handles an absent value on write: fine when optional, an error when required.</summary>
    protected void WriteAbsent()
    {
        if (Required)
        {
            ThrowRequired();
        }
    }

    /// <summary>The error of a required member that is absent, out of line so that <see cref="WriteAbsent"/> inlines.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowRequired() => throw WriteError($"Cannot write {Label}: its required member '{Name}' is null.");

    /// <summary>A write error at this member.</summary>
    /// <param name="reason">What is wrong.</param>
    protected ClaimJsonException WriteError(string reason) => ClaimJsonException.Write(reason, Path);

    /// <summary>Writes a nested value, completing the path of a nested write error.</summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="format">Its format.</param>
    protected void WriteNested<TValue>(Utf8JsonWriter writer, TValue value, ValueFormat<TValue> format)
    {
        writer.WritePropertyName(Encoded);
        try
        {
            format.Write(writer, value);
        }
        catch (ClaimJsonException e) when (e.IsWrite)
        {
            throw e.Under(Path);
        }
    }
}

/// <summary>A string member; a recurring one (an id, a reference, a unit, a quote) is read through the read's
/// string pool (<see cref="JsonReadContext.ReadPooled"/>).</summary>
internal sealed class StringMember<T>(string name, string label, Func<T, string?> get, bool pooled) : RecordMember<T>(name, label)
{
    public override void Read(ref Utf8JsonReader reader, JsonReadContext context, ref RecordSlot slot) =>
        slot.Ref = pooled ? context.ReadPooled(ref reader) : context.ReadString(ref reader);

    public override void Write(Utf8JsonWriter writer, T record)
    {
        if (get(record) is not { } value)
        {
            WriteAbsent();
            return;
        }

        JsonWrite.String(writer, Encoded, value, Path);
    }
}

/// <summary>An enum member, by its kebab-case name (an undefined value is a write error); omitted when
/// <c>null</c>, so a non-nullable enum (<c>modality</c>) is always written.</summary>
internal sealed class EnumMember<T, TEnum>(string name, string label, Func<T, TEnum?> get) : RecordMember<T>(name, label)
    where TEnum : struct, Enum
{
    public override void Read(ref Utf8JsonReader reader, JsonReadContext context, ref RecordSlot slot) =>
        slot.Number = context.ReadEnumIndex<TEnum>(ref reader);

    public override void Write(Utf8JsonWriter writer, T record)
    {
        if (get(record) is not { } value)
        {
            WriteAbsent();
            return;
        }

        if (!EnumText<TEnum>.TryGetEncoded(value, out var text))
        {
            throw WriteError($"Cannot write {EnumText<TEnum>.Name(value)} as the '{Name}' of {Label}: it is not a defined {typeof(TEnum).Name} (one of: {EnumText<TEnum>.AllNames}).");
        }

        writer.WriteString(Encoded, text);
    }
}

/// <summary>Reads a member's value into its slot.</summary>
/// <param name="reader">The reader, on the value.</param>
/// <param name="context">The read context.</param>
/// <param name="slot">The member's slot.</param>
internal delegate void SlotReader(ref Utf8JsonReader reader, JsonReadContext context, ref RecordSlot slot);

/// <summary>A number, boolean or date-time member: how its value is read into a slot and written is given by
/// <see cref="RecordFormat{T}"/>; an absent (<c>null</c>) value is omitted, or an error when required; a write
/// error of the value gets this member's path.</summary>
internal sealed class ScalarMember<T, TValue>(string name, string label, Func<T, TValue?> get, SlotReader read, Action<Utf8JsonWriter, JsonEncodedText, TValue> write)
    : RecordMember<T>(name, label)
    where TValue : struct
{
    public override void Read(ref Utf8JsonReader reader, JsonReadContext context, ref RecordSlot slot) => read(ref reader, context, ref slot);

    public override void Write(Utf8JsonWriter writer, T record)
    {
        if (get(record) is not { } value)
        {
            WriteAbsent();
            return;
        }

        try
        {
            write(writer, Encoded, value);
        }
        catch (ClaimJsonException e) when (e.IsWrite)
        {
            throw e.Under(Path);
        }
    }
}

/// <summary>A nested record (or statement) member.</summary>
internal sealed class ValueMember<T, TValue>(string name, string label, Func<T, TValue?> get, ValueFormat<TValue> format) : RecordMember<T>(name, label)
    where TValue : class
{
    private readonly ValueFormat<TValue> _read = format.ForMember();

    public override void Read(ref Utf8JsonReader reader, JsonReadContext context, ref RecordSlot slot) =>
        slot.Ref = _read.Read(ref reader, context);

    public override void Write(Utf8JsonWriter writer, T record)
    {
        if (get(record) is { } value)
        {
            WriteNested(writer, value, format);
        }
        else
        {
            WriteAbsent();
        }
    }
}

/// <summary>A list member: a JSON array; an empty optional list is omitted, a required one written.</summary>
internal sealed class ListMember<T, TElement>(string name, string label, Func<T, ValueList<TElement>> get, ValueFormat<TElement> element) : RecordMember<T>(name, label)
{
    private readonly ListFormat<TElement> _list = new(element);
    private readonly ValueFormat<TElement> _read = element.ForMember();

    public override void Read(ref Utf8JsonReader reader, JsonReadContext context, ref RecordSlot slot) =>
        slot.Ref = context.ReadArray(ref reader, _read);

    public override void Write(Utf8JsonWriter writer, T record)
    {
        var list = get(record);
        if (!list.IsEmpty || Required)
        {
            WriteNested(writer, list, _list);
        }
    }
}

/// <summary>A member whose value is fixed by the record type (a statement's <c>kind</c>, the document's
/// <c>formatVersion</c>): read, it is checked; written, the fixed value is written.</summary>
internal sealed class FixedMember<T>(string name, string label, FixedMember<T>.Check check, Action<Utf8JsonWriter, JsonEncodedText> write) : RecordMember<T>(name, label)
{
    /// <summary>Checks the value the reader is on, failing with a <see cref="ClaimJsonException"/>.</summary>
    public delegate void Check(ref Utf8JsonReader reader, JsonReadContext context);

    public override void Read(ref Utf8JsonReader reader, JsonReadContext context, ref RecordSlot slot) => check(ref reader, context);

    public override void Write(Utf8JsonWriter writer, T record) => write(writer, Encoded);
}
