using System.Runtime.CompilerServices;

namespace ClaimModel.Serialization;

/// <summary>Where one member's value waits, untyped and unboxed, between reading it and building the record:
/// references (strings, records, element arrays) in <see cref="Ref"/>, integers, enum indices, booleans, double
/// bits and date-time clock ticks in <see cref="Number"/>, a date-time's offset ticks in <see cref="Extra"/>,
/// decimals in <see cref="Decimal"/>.</summary>
internal struct RecordSlot
{
    /// <summary>A string, a record or an element array.</summary>
    public object? Ref;

    /// <summary>An integer, an enum index, 0/1, double bits or clock ticks.</summary>
    public long Number;

    /// <summary>A date-time's offset in ticks.</summary>
    public long Extra;

    /// <summary>A decimal.</summary>
    public decimal Decimal;
}

/// <summary>The values read for one record, by member index (the order of the record's table), with which
/// members were present and not <c>null</c>; the typed accessors a record factory builds the record with.
/// Required members are guaranteed present by the reader, and a member's slot holds only what its own reader stores
/// (a string, a record of the member's type, an array of its element type), so references are taken out without a
/// type check.</summary>
/// <param name="slots">The slots, one per member.</param>
/// <param name="present">One bit per member that was present and not <c>null</c>.</param>
/// <param name="formatVersion">The format version of the document read.</param>
internal readonly ref struct RecordSlots(ReadOnlySpan<RecordSlot> slots, uint present, int formatVersion)
{
    private readonly ReadOnlySpan<RecordSlot> _slots = slots;

    /// <summary>A string member (null when absent).</summary>
    /// <param name="index">The member index.</param>
    public string? String(int index) => Unsafe.As<string?>(_slots[index].Ref);

    /// <summary>The format version of the document read.</summary>
    public int FormatVersion { get; } = formatVersion;

    /// <summary>A nested record member (null when absent).</summary>
    /// <typeparam name="TValue">The record type.</typeparam>
    /// <param name="index">The member index.</param>
    public TValue? Value<TValue>(int index)
        where TValue : class => Unsafe.As<TValue?>(_slots[index].Ref);

    /// <summary>A list member (empty when absent).</summary>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="index">The member index.</param>
    public ValueList<TElement> List<TElement>(int index) =>
        _slots[index].Ref is { } items ? new ValueList<TElement>(Unsafe.As<TElement[]>(items)) : default;

    /// <summary>An enum member (<see langword="default"/> when absent).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="index">The member index.</param>
    public TEnum Enum<TEnum>(int index)
        where TEnum : struct, Enum => Has(index) ? EnumText<TEnum>.ValueAt((int)_slots[index].Number) : default;

    /// <summary>An optional enum member.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="index">The member index.</param>
    public TEnum? OptionalEnum<TEnum>(int index)
        where TEnum : struct, Enum => Has(index) ? EnumText<TEnum>.ValueAt((int)_slots[index].Number) : null;

    /// <summary>An optional decimal member.</summary>
    /// <param name="index">The member index.</param>
    public decimal? Decimal(int index) => Has(index) ? _slots[index].Decimal : null;

    /// <summary>A double member.</summary>
    /// <param name="index">The member index.</param>
    public double Double(int index) => BitConverter.Int64BitsToDouble(_slots[index].Number);

    /// <summary>An optional double member.</summary>
    /// <param name="index">The member index.</param>
    public double? OptionalDouble(int index) => Has(index) ? BitConverter.Int64BitsToDouble(_slots[index].Number) : null;

    /// <summary>An optional 32-bit integer member.</summary>
    /// <param name="index">The member index.</param>
    public int? Int32(int index) => Has(index) ? (int)_slots[index].Number : null;

    /// <summary>An optional count member (<see cref="RecordFormat{T}.Count"/>).</summary>
    /// <param name="index">The member index.</param>
    public long? Count(int index) => Has(index) ? _slots[index].Number : null;

    /// <summary>A boolean member.</summary>
    /// <param name="index">The member index.</param>
    public bool Boolean(int index) => _slots[index].Number != 0;

    /// <summary>An optional date-time member.</summary>
    /// <param name="index">The member index.</param>
    public DateTimeOffset? DateTimeOffset(int index) =>
        Has(index) ? new DateTimeOffset(_slots[index].Number, new TimeSpan(_slots[index].Extra)) : null;

    private bool Has(int index) => (present & (1u << index)) != 0;
}

/// <summary>Builds a record from the values read for it.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="slots">The values, by member index.</param>
internal delegate T RecordFactory<T>(RecordSlots slots);
