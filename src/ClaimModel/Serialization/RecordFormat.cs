using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of one record type, built as a table of members in declaration order
/// (<c>new RecordFormat&lt;Place&gt;("a place").String("name!", p =&gt; p.Name)...Create(s =&gt; new Place { ... })</c>).
/// Reading is one strict loop for every record: unknown, duplicate and missing members are found with the
/// member table and a seen-mask, each value lands in its member's slot, and the factory builds the record.
/// Writing writes each member in table order, omitting absent optional ones.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="label">How messages name the record ("a claim").</param>
internal sealed class RecordFormat<T>(string label) : ValueFormat<T>
    where T : class
{
    private readonly List<RecordMember<T>> _building = [];
    private RecordMember<T>[] _members = [];
    /// <summary>The members written (those of the current format version), in table order.</summary>
    private RecordMember<T>[] _written = [];
    /// <summary>The member names by format version (index 0 unused).</summary>
    private JsonMembers[] _names = [];
    private RecordMember<T>? _checkedFirst;
    private RecordFactory<T>? _create;

    /// <summary>Whether equal records read for one member share one instance (<see cref="Shared"/>).</summary>
    public bool IsShared { get; private set; }

    /// <summary>Adds a string member.</summary>
    /// <param name="name">The camelCase name; a trailing <c>!</c> marks it required.</param>
    /// <param name="get">Gets the value from a record.</param>
    public RecordFormat<T> String(string name, Func<T, string?> get) => Add(new StringMember<T>(name, label, get, pooled: false));

    /// <summary>Adds a string member whose values tend to recur in a document (ids, references, units, time zones, quotes):
    /// read through the read's string pool, so equal values share one instance.</summary>
    /// <param name="name">The camelCase name; a trailing <c>!</c> marks it required.</param>
    /// <param name="get">Gets the value from a record.</param>
    public RecordFormat<T> Pooled(string name, Func<T, string?> get) => Add(new StringMember<T>(name, label, get, pooled: true));

    /// <summary>Adds an enum member that always has a value (kebab-case on the wire).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="name">The camelCase name; a trailing <c>!</c> marks it required.</param>
    /// <param name="get">Gets the value from a record.</param>
    public RecordFormat<T> Enum<TEnum>(string name, Func<T, TEnum> get)
        where TEnum : struct, Enum => Add(new EnumMember<T, TEnum>(name, label, record => get(record)));

    /// <summary>Adds an enum member whose first declared value is the default, omitted on write when it has it.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="name">The camelCase name.</param>
    /// <param name="get">Gets the value from a record.</param>
    public RecordFormat<T> DefaultedEnum<TEnum>(string name, Func<T, TEnum> get)
        where TEnum : struct, Enum => Add(new EnumMember<T, TEnum>(name, label, record => get(record) is var value && EqualityComparer<TEnum>.Default.Equals(value, default) ? null : value));

    /// <summary>Adds an optional enum member.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="name">The camelCase name.</param>
    /// <param name="get">Gets the value from a record.</param>
    public RecordFormat<T> OptionalEnum<TEnum>(string name, Func<T, TEnum?> get)
        where TEnum : struct, Enum => Add(new EnumMember<T, TEnum>(name, label, get));

    /// <summary>Adds a decimal member, a JSON number written as given (scale kept).</summary>
    /// <param name="name">The camelCase name; a trailing <c>!</c> marks it required.</param>
    /// <param name="get">Gets the value from a record.</param>
    public RecordFormat<T> Decimal(string name, Func<T, decimal?> get) => Add(new ScalarMember<T, decimal>(
        name, label, get, (ref reader, context, ref slot) => slot.Decimal = context.ReadDecimal(ref reader), (writer, key, value) => writer.WriteNumber(key, value)));

    /// <summary>Adds a finite double member (a non-finite one is a write error).</summary>
    /// <param name="name">The camelCase name; a trailing <c>!</c> marks it required.</param>
    /// <param name="get">Gets the value from a record.</param>
    public RecordFormat<T> Double(string name, Func<T, double> get) => Add(new ScalarMember<T, double>(
        name,
        label,
        record => get(record),
        (ref reader, context, ref slot) => slot.Number = BitConverter.DoubleToInt64Bits(context.ReadDouble(ref reader)),
        (writer, key, value) => writer.WriteNumber(key, double.IsFinite(value) ? value : throw ClaimJsonException.Write(
            $"Cannot write {value.ToString(CultureInfo.InvariantCulture)} in {label}: JSON numbers must be finite.", string.Empty))));

    /// <summary>Adds an optional finite double member, omitted when <see langword="null"/> (a non-finite one is a write
    /// error).</summary>
    /// <param name="name">The camelCase name.</param>
    /// <param name="get">Gets the value from a record.</param>
    public RecordFormat<T> OptionalDouble(string name, Func<T, double?> get) => Add(new ScalarMember<T, double>(
        name,
        label,
        get,
        (ref reader, context, ref slot) => slot.Number = BitConverter.DoubleToInt64Bits(context.ReadDouble(ref reader)),
        (writer, key, value) => writer.WriteNumber(key, double.IsFinite(value) ? value : throw ClaimJsonException.Write(
            $"Cannot write {value.ToString(CultureInfo.InvariantCulture)} in {label}: JSON numbers must be finite.", string.Empty))));

    /// <summary>Adds a 32-bit integer member.</summary>
    /// <param name="name">The camelCase name; a trailing <c>!</c> marks it required.</param>
    /// <param name="get">Gets the value from a record.</param>
    public RecordFormat<T> Int32(string name, Func<T, int?> get) => Add(new ScalarMember<T, int>(
        name, label, get, (ref reader, context, ref slot) => slot.Number = context.ReadInt32(ref reader), (writer, key, value) => writer.WriteNumber(key, value)));

    /// <summary>Adds a non-negative 64-bit integer member (counts).</summary>
    /// <param name="name">The camelCase name; a trailing <c>!</c> marks it required.</param>
    /// <param name="get">Gets the value from a record.</param>
    public RecordFormat<T> Count(string name, Func<T, long?> get) => Add(new ScalarMember<T, long>(
        name, label, get, (ref reader, context, ref slot) => slot.Number = context.ReadCount(ref reader), (writer, key, value) => writer.WriteNumber(key, value)));

    /// <summary>Adds a boolean member.</summary>
    /// <param name="name">The camelCase name; a trailing <c>!</c> marks it required.</param>
    /// <param name="get">Gets the value from a record.</param>
    public RecordFormat<T> Boolean(string name, Func<T, bool> get) => Add(new ScalarMember<T, bool>(
        name, label, record => get(record), (ref reader, context, ref slot) => slot.Number = context.ReadBoolean(ref reader) ? 1 : 0, (writer, key, value) => writer.WriteBoolean(key, value)));

    /// <summary>Adds a boolean member that is <see langword="false"/> when absent and written only when
    /// <see langword="true"/>.</summary>
    /// <param name="name">The camelCase name.</param>
    /// <param name="get">Gets the value from a record.</param>
    public RecordFormat<T> Flag(string name, Func<T, bool> get) => Add(new ScalarMember<T, bool>(
        name, label, record => get(record) ? true : null, (ref reader, context, ref slot) => slot.Number = context.ReadBoolean(ref reader) ? 1 : 0, (writer, key, value) => writer.WriteBoolean(key, value)));

    /// <summary>Makes the member added last exist from format version <paramref name="version"/> on (unknown in older
    /// documents).</summary>
    /// <param name="version">The first version with the member.</param>
    public RecordFormat<T> Since(int version)
    {
        _building[^1].Since = version;
        return this;
    }

    /// <summary>Makes the member added last exist up to format version <paramref name="version"/> only: read from
    /// documents of that version or older, unknown in newer ones, never written.</summary>
    /// <param name="version">The last version with the member.</param>
    public RecordFormat<T> Until(int version)
    {
        _building[^1].Until = version;
        return this;
    }

    /// <summary>Adds a date-time member (ISO 8601 with an offset; one without an offset is a read error).</summary>
    /// <param name="name">The camelCase name; a trailing <c>!</c> marks it required.</param>
    /// <param name="get">Gets the value from a record.</param>
    public RecordFormat<T> DateTimeOffset(string name, Func<T, DateTimeOffset?> get) => Add(new ScalarMember<T, DateTimeOffset>(
        name,
        label,
        get,
        (ref reader, context, ref slot) =>
        {
            var value = context.ReadDateTimeOffset(ref reader);
            (slot.Number, slot.Extra) = (value.Ticks, value.Offset.Ticks);
        },
        (writer, key, value) => writer.WriteString(key, value)));

    /// <summary>Adds a nested record (or statement) member.</summary>
    /// <typeparam name="TValue">The nested type.</typeparam>
    /// <param name="name">The camelCase name; a trailing <c>!</c> marks it required.</param>
    /// <param name="get">Gets the value from a record.</param>
    /// <param name="format">The nested type's format.</param>
    public RecordFormat<T> Value<TValue>(string name, Func<T, TValue?> get, ValueFormat<TValue> format)
        where TValue : class => Add(new ValueMember<T, TValue>(name, label, get, format));

    /// <summary>Adds a list member.</summary>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="name">The camelCase name; a trailing <c>!</c> marks it required.</param>
    /// <param name="get">Gets the value from a record.</param>
    /// <param name="element">The element format.</param>
    public RecordFormat<T> List<TElement>(string name, Func<T, ValueList<TElement>> get, ValueFormat<TElement> element) =>
        Add(new ListMember<T, TElement>(name, label, get, element));

    /// <summary>Adds a member whose value is fixed by the type (checked on read, written as is).</summary>
    /// <param name="name">The camelCase name; a trailing <c>!</c> marks it required.</param>
    /// <param name="check">Checks the value on read.</param>
    /// <param name="write">Writes the fixed value under the encoded name.</param>
    /// <param name="checkFirst">Whether to check it before reading any other member, wherever it stands
    /// (so that a document of another version fails on its version, not on a member it may have); such a member
    /// must be required, and its absence is the first error.</param>
    public RecordFormat<T> Fixed(string name, FixedMember<T>.Check check, Action<Utf8JsonWriter, JsonEncodedText> write, bool checkFirst = false)
    {
        var member = new FixedMember<T>(name, label, check, write);
        if (checkFirst && !member.Required)
        {
            throw new ArgumentException("A member checked first must be required.", nameof(checkFirst));
        }

        _checkedFirst = checkFirst ? member : _checkedFirst;
        return Add(member);
    }

    /// <summary>Makes equal records of this type read for the same member of a document share one instance
    /// (<see cref="RecordPool"/>): for small value records that recur (times, quotes, figures), whose members are
    /// strings, numbers, enums and other shared records, never lists.</summary>
    public RecordFormat<T> Shared()
    {
        IsShared = true;
        return this;
    }

    /// <summary>Completes the table with the factory that builds a record from its slots (by member index).</summary>
    /// <param name="create">The factory.</param>
    public RecordFormat<T> Create(RecordFactory<T> create)
    {
        _members = [.. _building];
        _written = [.. _members.Where(m => m.Until >= ClaimDocument.CurrentFormatVersion)];
        string[] names = [.. _members.Select(m => m.Required ? m.Name + "!" : m.Name)];
        var versioned = _members.Any(m => m.Since != FormatVersions.Oldest || m.Until != int.MaxValue);
        _names = new JsonMembers[ClaimDocument.CurrentFormatVersion + 1];
        for (var version = FormatVersions.Oldest; version <= ClaimDocument.CurrentFormatVersion; version++)
        {
            var available = 0u;
            for (var i = 0; i < _members.Length; i++)
            {
                available |= _members[i].ExistsIn(version) ? 1u << i : 0;
            }

            _names[version] = new JsonMembers(label, names, available, versioned ? version : 0, versioned ? [.. _members.Select(VersionsText)] : null);
        }

        _create = create;
        return this;
    }

    /// <summary>The member names of format version <paramref name="version"/> (what strict reading checks against).</summary>
    /// <param name="version">A supported format version.</param>
    public JsonMembers MembersOf(int version) => _names[version];

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, JsonReadContext context) => Read(ref reader, context, -1);

    /// <summary>Reads a record for the member of <paramref name="scope"/> (<see cref="RecordPool.NewScope"/>): when the
    /// format is <see cref="Shared"/> and the read has a <see cref="RecordPool"/>, a record equal to one read before
    /// for that member is that one.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="context">The read context.</param>
    /// <param name="scope">The member's scope, or −1 for none.</param>
    public T Read(ref Utf8JsonReader reader, JsonReadContext context, int scope)
    {
        var names = _names[context.FormatVersion];
        context.BeginObject(ref reader, names);
        if (_checkedFirst is { } first)
        {
            // Found wherever it stands, before any other member: a document without it (or of another version) fails
            // on it, not on a member that only its version has.
            if (!context.FindMember(ref reader, first.Encoded.EncodedUtf8Bytes, out var copy))
            {
                throw context.Fail(ref copy, $"Missing required member '{first.Name}' in {label}; add it.");
            }

            context.PushMember(first.Name);
            RecordSlot ignored = default;
            first.Read(ref copy, context, ref ignored);
            context.PopMember();
            names = _names[context.FormatVersion];
        }

        var slots = context.RentSlots(_members.Length);
        uint seen = 0, present = 0;
        var member = -1;
        while (context.NextMember(ref reader, names, ref seen, ref member))
        {
            _members[member].Read(ref reader, context, ref slots[member]);
            present |= 1u << member;
        }

        var pool = scope >= 0 ? context.Records : null;
        var hash = 0;
        if (pool?.Find(scope, slots, present, out hash) is { } found)
        {
            // A scope's table holds only records of this format.
            context.ReturnSlots();
            return Unsafe.As<T>(found);
        }

        var record = _create!(new RecordSlots(slots, present, context.FormatVersion));
        pool?.Add(scope, hash, slots, present, record);
        context.ReturnSlots();
        return record;
    }

    /// <inheritdoc/>
    public override ValueFormat<T> ForMember() => IsShared ? new SharedRecordFormat<T>(this) : this;

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value)
    {
        writer.WriteStartObject();
        foreach (var member in _written)
        {
            member.Write(writer, value);
        }

        writer.WriteEndObject();
    }

    /// <summary>The versions a member exists in, for messages: "formatVersion 1", "formatVersion 2 and 3".</summary>
    private static string VersionsText(RecordMember<T> member) => "formatVersion " + string.Join(
        " and ",
        Enumerable.Range(FormatVersions.Oldest, ClaimDocument.CurrentFormatVersion - FormatVersions.Oldest + 1)
            .Where(member.ExistsIn)
            .Select(v => v.ToString(CultureInfo.InvariantCulture)));

    private RecordFormat<T> Add(RecordMember<T> member)
    {
        _building.Add(member);
        return this;
    }
}
