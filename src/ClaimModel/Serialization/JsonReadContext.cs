using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The state of one strict read: the JSON path of the current value (a stack of member names and
/// array indices, allocation-free while reading) and the typed value readers that fail with a
/// <see cref="ClaimJsonException"/> naming that path.</summary>
internal sealed class JsonReadContext
{
    private const int MessageTextLimit = 80;

    /// <summary>The element slots a context starts with (<see cref="StackedElements{T}"/>); more come from the shared
    /// pool and go back to it with <see cref="ReturnElements"/>.</summary>
    private const int FirstElements = 64;

    /// <summary>What the reader's message says when a value nests deeper than its <see cref="JsonReaderOptions.MaxDepth"/>
    /// ("… is equal to or larger than the maximum configured depth of 64").</summary>
    private const string DepthMessage = "maximum configured depth of ";

    private string?[] _names = new string?[16];
    private int[] _indices = new int[16];
    private int _depth;
    private RecordSlot[]?[] _slots = new RecordSlot[]?[8];
    private object?[] _elements = new object?[FirstElements];
    private int _elementsUsed;
    private int _recordDepth;
    private readonly StringPool? _pool;
    private readonly int _maxStringLength = int.MaxValue;
    private readonly long _maxElementCount = long.MaxValue;
    private readonly int _maxDepth = int.MaxValue;
    private long _elementCount;

    private int _formatVersion = ClaimDocument.CurrentFormatVersion;
    private bool _formatVersionDeclared;

    /// <summary>The format version of the document being read: <see cref="ClaimDocument.CurrentFormatVersion"/> until
    /// the root's <c>formatVersion</c> sets it (a record read on its own is read in the current version).</summary>
    public int FormatVersion
    {
        get => _formatVersion;
        set => (_formatVersion, _formatVersionDeclared) = (value, true);
    }

    /// <summary>Creates a context without a string pool (every string read is a new instance).</summary>
    public JsonReadContext()
    {
    }

    /// <summary>Creates a context whose <see cref="ReadPooled"/> shares equal strings through
    /// <paramref name="pool"/>.</summary>
    /// <param name="pool">The read's string pool.</param>
    public JsonReadContext(StringPool pool) => _pool = pool;

    /// <summary>Creates a context that enforces the string and element limits of <paramref name="limits"/> (the
    /// size and depth limits are the caller's), sharing equal strings through <paramref name="pool"/> when given.</summary>
    /// <param name="pool">The read's string pool, or <see langword="null"/>.</param>
    /// <param name="limits">The read's limits.</param>
    public JsonReadContext(StringPool? pool, ClaimReadLimits limits)
    {
        _pool = pool;
        _maxStringLength = limits.MaxStringLength;
        _maxElementCount = limits.MaxElementCount;
        _maxDepth = limits.MaxDepth;
    }

    /// <summary>The reader options for a read under <paramref name="limits"/>: <paramref name="options"/> with
    /// <see cref="ClaimReadLimits.MaxDepth"/> (the reader checks the depth, also of values it skips; <see cref="Translate"/>
    /// names the limit).</summary>
    /// <param name="options">The read's options.</param>
    /// <param name="limits">The read's limits.</param>
    public static JsonReaderOptions ReaderOptions(JsonReaderOptions options, ClaimReadLimits limits) =>
        options with { MaxDepth = limits.MaxDepth };
    /// <summary>The read's shared records (<see cref="RecordPool"/>), made on first use; <see langword="null"/> for a
    /// context without a string pool (a record read on its own).</summary>
    public RecordPool? Records => _pool?.Records;

    /// <summary>Starts reading an object: checks the token and opens a path level for its members.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="members">The record's members (for the message).</param>
    public void BeginObject(ref Utf8JsonReader reader, JsonMembers members)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw WrongToken(ref reader, members.Label + " (a JSON object)");
        }

        Push(null, -1);
    }

    /// <summary>Moves to the next member of the object begun with <see cref="BeginObject"/>: rejects unknown
    /// and duplicate members, skips optional members that are <c>null</c>, and at the end of the object
    /// checks that every required member was seen and closes the path level.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="members">The record's members.</param>
    /// <param name="seen">The seen-mask, initially 0.</param>
    /// <param name="member">The index of the member whose (non-null) value the reader is now on; initially −1
    /// (the previous member is where the search for the next name starts).</param>
    /// <returns><see langword="false"/> at the end of the object.</returns>
    public bool NextMember(ref Utf8JsonReader reader, JsonMembers members, ref uint seen, ref int member)
    {
        while (true)
        {
            _names[_depth - 1] = null;
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                if ((seen & members.RequiredMask) != members.RequiredMask)
                {
                    throw Fail(ref reader, $"Missing required member {members.Missing(seen)} in {members.Label}; add it.");
                }

                _depth--;
                member = -1;
                return false;
            }

            member = members.Find(ref reader, member + 1 == members.Count ? 0 : member + 1, out var otherVersion);
            if (member < 0)
            {
                var version = otherVersion >= 0
                    ? $": it is a member of {members.VersionsOf(otherVersion)}, and {VersionRead()}"
                    : string.Empty;
                throw Fail(ref reader, $"Unknown member '{Text(ref reader)}' in {members.Label}{version}; expected one of: {members.Expected}.");
            }

            _names[_depth - 1] = members.Name(member);
            var bit = 1u << member;
            if ((seen & bit) != 0)
            {
                throw Fail(ref reader, $"Duplicate member '{members.Name(member)}' in {members.Label}; give each member once.");
            }

            seen |= bit;
            Read(ref reader);
            if (reader.TokenType != JsonTokenType.Null)
            {
                return true;
            }

            if (members.IsRequired(member))
            {
                throw Fail(ref reader, $"Member '{members.Name(member)}' of {members.Label} is required and must not be null.");
            }
        }
    }

    /// <summary>Finds a member of the object the reader is on without moving the reader (scans a copy).</summary>
    /// <param name="reader">The reader, on a <see cref="JsonTokenType.StartObject"/>.</param>
    /// <param name="name">The member name, UTF-8.</param>
    /// <param name="value">A copy of the reader on the member's value, if found; else on the object's end.</param>
    /// <returns>Whether the member is present.</returns>
    public bool FindMember(ref Utf8JsonReader reader, ReadOnlySpan<byte> name, out Utf8JsonReader value)
    {
        var copy = reader;
        while (true)
        {
            Read(ref copy);
            if (copy.TokenType == JsonTokenType.EndObject)
            {
                value = copy;
                return false;
            }

            var match = copy.ValueTextEquals(name);
            Read(ref copy);
            if (match)
            {
                value = copy;
                return true;
            }

            if (!copy.TrySkip())
            {
                throw Fail(ref copy, "The JSON ends inside a value; the document is truncated.");
            }
        }
    }

    /// <summary>Reads an array whose elements are not <c>null</c>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="element">Reads one element.</param>
    /// <returns>The elements, exactly sized; <see langword="null"/> for an empty array.</returns>
    public T[]? ReadArray<T>(ref Utf8JsonReader reader, ValueFormat<T> element)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw WrongToken(ref reader, "an array");
        }

        Push(null, -1);
        Read(ref reader);
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            _depth--;
            return null;
        }

        // The first element goes straight into a local: most arrays (reports, targets, via) hold one element,
        // which then needs no buffer at all; longer ones are collected and copied once into an exactly sized array.
        var first = ReadElement(ref reader, element, 0);
        Read(ref reader);
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            _depth--;
            return element.Single(first, this);
        }

        var items = typeof(T).IsValueType
            ? ReadRest(ref reader, element, first, new PooledElements<T>(8))
            : ReadRest(ref reader, element, first, new StackedElements<T>(this));
        _depth--;
        return items;
    }

    /// <summary>Reads the elements after the first two tokens of an array of two or more.</summary>
    private T[] ReadRest<T, TElements>(ref Utf8JsonReader reader, ValueFormat<T> element, T first, TElements elements)
        where TElements : struct, IElements<T>
    {
        elements.Add(first);
        var count = 1;
        do
        {
            elements.Add(ReadElement(ref reader, element, count));
            count++;
            Read(ref reader);
        }
        while (reader.TokenType != JsonTokenType.EndArray);

        return elements.ToArray();
    }

    private T ReadElement<T>(ref Utf8JsonReader reader, ValueFormat<T> element, int index)
    {
        _indices[_depth - 1] = index;
        if (++_elementCount > _maxElementCount)
        {
            throw Fail(ref reader, ClaimReadLimits.Exceeded(string.Create(CultureInfo.InvariantCulture, $"Array element {_elementCount:N0} of the document"), nameof(ClaimReadLimits.MaxElementCount), _maxElementCount));
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            throw Fail(ref reader, "Array elements must not be null; remove the null.");
        }

        return element.Read(ref reader, this);
    }

    /// <summary>Gives the element slots taken from the shared pool back to it (at the end of a read; a context
    /// that is not given back only leaves them to the collector).</summary>
    public void ReturnElements()
    {
        if (_elements.Length > FirstElements)
        {
            _elements.AsSpan(0, _elementsUsed).Clear();
            ArrayPool<object?>.Shared.Return(_elements);
            _elements = new object?[FirstElements];
        }

        _elementsUsed = 0;
    }

    private void GrowElements()
    {
        var larger = ArrayPool<object?>.Shared.Rent(_elements.Length * 2);
        _elements.AsSpan().CopyTo(larger);
        if (_elements.Length > FirstElements)
        {
            _elements.AsSpan().Clear();
            ArrayPool<object?>.Shared.Return(_elements);
        }

        _elements = larger;
    }

    /// <summary>Lends the slots for one record's members (cleared); nested records get their own.</summary>
    /// <param name="count">The number of members.</param>
    public Span<RecordSlot> RentSlots(int count)
    {
        if (_recordDepth == _slots.Length)
        {
            Array.Resize(ref _slots, _recordDepth * 2);
        }

        var slots = _slots[_recordDepth];
        if (slots is null || slots.Length < count)
        {
            slots = _slots[_recordDepth] = new RecordSlot[Math.Max(count, 8)];
        }

        _recordDepth++;
        var span = slots.AsSpan(0, count);
        span.Clear();
        return span;
    }

    /// <summary>Gives back the slots lent last by <see cref="RentSlots"/>.</summary>
    public void ReturnSlots() => _recordDepth--;

    /// <summary>Reads a string.</summary>
    /// <param name="reader">The reader.</param>
    public string ReadString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw WrongToken(ref reader, "a string");
        }

        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > _maxStringLength)
        {
            throw Fail(ref reader, ClaimReadLimits.Exceeded(string.Create(CultureInfo.InvariantCulture, $"A string of {length:N0} bytes"), nameof(ClaimReadLimits.MaxStringLength), _maxStringLength));
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw Fail(ref reader, "The string is not valid UTF-8 or escapes a lone surrogate (\\uD800-\\uDFFF); re-encode the text as valid UTF-8.", e);
        }
    }

    /// <summary>Reads a string that is likely to recur in the document (an id or reference, a unit, a time
    /// zone, a quote): short ones come from the read's string pool, so equal ones share one instance.</summary>
    /// <param name="reader">The reader.</param>
    public string ReadPooled(ref Utf8JsonReader reader)
    {
        // A string over the limit goes to ReadString, which refuses it before allocating.
        if (_pool is not { } pool || reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueSpan.Length > _maxStringLength)
        {
            return ReadString(ref reader);
        }

        if (reader.ValueIsEscaped || reader.ValueSpan.Length > StringPool.MaxLength)
        {
            return ReadPooledLong(ref reader, pool);
        }

        var utf8 = reader.ValueSpan;
        if (pool.Find(utf8, out var hash) is { } pooled)
        {
            return pooled;
        }

        var value = ReadString(ref reader);
        pool.Add(hash, utf8, value);
        return value;
    }

    /// <summary>A pooled string that is long or escaped: keyed by its JSON text as written (escapes and all), up to
    /// <see cref="StringPool.MaxLongLength"/> bytes.</summary>
    private string ReadPooledLong(ref Utf8JsonReader reader, StringPool pool)
    {
        var raw = reader.ValueSpan;
        if (raw.Length > StringPool.MaxLongLength)
        {
            return ReadString(ref reader);
        }

        if (pool.FindLong(raw, out var hash) is { } pooled)
        {
            return pooled;
        }

        var value = ReadString(ref reader);
        pool.AddLong(hash, raw, value);
        return value;
    }

    /// <summary>A one-element array of a string just read by <see cref="ReadPooled"/>: shared among the lists
    /// that hold only that (pooled) string.</summary>
    /// <param name="value">The string.</param>
    public string[] PooledSingle(string value) => _pool is { } pool ? pool.Single(value) : [value];

    /// <summary>Reads an enum from its kebab-case name.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="reader">The reader.</param>
    public TEnum ReadEnum<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum => EnumText<TEnum>.ValueAt(ReadEnumIndex<TEnum>(ref reader));

    /// <summary>Reads an enum from its kebab-case name, as its index in declaration order (allocation-free).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="reader">The reader.</param>
    public int ReadEnumIndex<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw WrongToken(ref reader, "a string (one of: " + EnumText<TEnum>.AllNames + ")");
        }

        var index = EnumText<TEnum>.IndexOf(ref reader);
        if (index < 0)
        {
            throw Fail(ref reader, $"'{Text(ref reader)}' is not a valid {typeof(TEnum).Name}; expected one of: {EnumText<TEnum>.AllNames}.");
        }

        if (EnumText<TEnum>.SinceVersion(index) > FormatVersion)
        {
            throw Fail(ref reader, string.Create(CultureInfo.InvariantCulture, $"'{Text(ref reader)}' is a {typeof(TEnum).Name} of formatVersion {EnumText<TEnum>.SinceVersion(index)}; {VersionRead()}. Use a value of that version or declare a later one."));
        }

        return index;
    }

    /// <summary>Reads a decimal from a JSON number (scale kept: <c>12.50</c> stays 12.50).</summary>
    /// <param name="reader">The reader.</param>
    /// <remarks>Exactly or not at all: a number that fits but that <see cref="decimal"/> cannot hold exactly — more
    /// than 28 digits after the point, or more significant digits than its 96 bits hold (1e-400, 30-digit values) — is
    /// refused instead of rounded (<see cref="ExactDecimal"/>).</remarks>
    public decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        if (!Number(ref reader, "a number").TryGetDecimal(out var value))
        {
            throw OutOfRange(ref reader, "does not fit a decimal (about ±7.9e28, 28 digits)");
        }

        var text = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        return ExactDecimal.Holds(text, value)
            ? value
            : throw OutOfRange(ref reader, string.Concat("cannot be held exactly by a decimal (it would read as ", value.ToString(CultureInfo.InvariantCulture), "); a decimal holds at most 28 digits after the point and 28 to 29 significant digits"));
    }

    /// <summary>Reads a finite double from a JSON number.</summary>
    /// <param name="reader">The reader.</param>
    public double ReadDouble(ref Utf8JsonReader reader) =>
        Number(ref reader, "a number").TryGetDouble(out var value) && double.IsFinite(value)
            ? value
            : throw OutOfRange(ref reader, "is not a finite double");

    /// <summary>Reads a 32-bit integer from a JSON number.</summary>
    /// <param name="reader">The reader.</param>
    public int ReadInt32(ref Utf8JsonReader reader) =>
        Number(ref reader, "an integer").TryGetInt32(out var value)
            ? value
            : throw OutOfRange(ref reader, "is not an integer between -2147483648 and 2147483647");

    /// <summary>Reads a count: an integer from 0 to <see cref="long.MaxValue"/>.</summary>
    /// <param name="reader">The reader.</param>
    public long ReadCount(ref Utf8JsonReader reader) =>
        Number(ref reader, "an integer").TryGetInt64(out var value) && value >= 0
            ? value
            : throw OutOfRange(ref reader, "is not a count (an integer from 0 to 9223372036854775807)");

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    /// <param name="reader">The reader.</param>
    public bool ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw WrongToken(ref reader, "true or false"),
    };

    /// <summary>Reads an ISO 8601 date-time that has a UTC offset (<c>Z</c> or <c>±hh:mm</c>).</summary>
    /// <param name="reader">The reader.</param>
    public DateTimeOffset ReadDateTimeOffset(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw WrongToken(ref reader, "an ISO 8601 date-time string with an offset");
        }

        const int MaxLength = 64;
        Span<byte> buffer = stackalloc byte[MaxLength];
        var length = !reader.HasValueSequence && reader.ValueSpan.Length <= MaxLength * 6 ? CopyShort(ref reader, buffer) : -1;
        if (length < 0 || !HasOffset(buffer[..length]) || !reader.TryGetDateTimeOffset(out var value))
        {
            throw Fail(ref reader, $"'{Text(ref reader)}' is not an ISO 8601 date-time with a UTC offset; write it like \"2016-02-10T13:55:00+03:00\" or \"2016-02-10T10:55:00Z\".");
        }

        return value;
    }

    /// <summary>Reads the next token; the end of the input here means the document is truncated.</summary>
    /// <param name="reader">The reader.</param>
    public void Read(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw Fail(ref reader, "The JSON ends too early; the document is truncated.");
        }
    }

    /// <summary>Opens a path level for a member name (used for errors found on a scanned copy).</summary>
    /// <param name="name">The member name.</param>
    public void PushMember(string name) => Push(name, -1);

    /// <summary>Closes the path level opened by <see cref="PushMember"/>.</summary>
    public void PopMember() => _depth--;

    /// <summary>An error at the reader's current token and the current path.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="reason">What is wrong and what to do.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public ClaimJsonException Fail(ref Utf8JsonReader reader, string reason, Exception? inner = null) =>
        ClaimJsonException.Read(reason, CurrentPath(), reader.TokenStartIndex, inner);

    /// <summary>Turns any error a read can raise into a <see cref="ClaimJsonException"/> at the current path,
    /// or returns <see langword="null"/> when <paramref name="error"/> is not an input error.</summary>
    /// <param name="error">The error caught.</param>
    /// <param name="json">The whole input, to locate a byte offset; empty when not available.</param>
    public ClaimJsonException? Translate(Exception error, ReadOnlySpan<byte> json)
    {
        switch (error)
        {
            case ClaimJsonException claimError:
                return json.IsEmpty ? claimError : claimError.Locate(json);
            case JsonException jsonError:
                // The reader's own errors (malformed JSON, depth) already carry the line and position.
                var reason = _maxDepth != int.MaxValue && jsonError.Message.Contains(DepthMessage, StringComparison.Ordinal)
                    ? ClaimReadLimits.Exceeded(string.Create(CultureInfo.InvariantCulture, $"Nesting depth {_maxDepth + 1:N0}"), nameof(ClaimReadLimits.MaxDepth), _maxDepth)
                    : "Malformed JSON: " + StripLocation(jsonError.Message);
                return ClaimJsonException.ReadAt(reason, CurrentPath(), jsonError.LineNumber, jsonError.BytePositionInLine, jsonError);
            case InvalidOperationException or FormatException or OverflowException or ArgumentException:
                return ClaimJsonException.ReadAt("Unreadable JSON: " + error.Message, CurrentPath(), null, null, error);
            default:
                return null;
        }
    }

    /// <summary>The current JSON path below <c>$</c>.</summary>
    public string CurrentPath()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < _depth; i++)
        {
            if (_names[i] is { } name)
            {
                builder.Append('.').Append(name);
            }
            else if (_indices[i] >= 0)
            {
                builder.Append('[').Append(_indices[i].ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return builder.ToString();
    }

    /// <summary>An error for a token of the wrong type.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected ("a string").</param>
    public ClaimJsonException WrongToken(ref Utf8JsonReader reader, string expected) =>
        Fail(ref reader, $"Expected {expected}, found {Describe(reader.TokenType)}.");

    /// <summary>Which version is being read, for a message: "this document declares formatVersion 1", or for a record
    /// read on its own "a record read on its own is read as formatVersion 2".</summary>
    private string VersionRead() => _formatVersionDeclared
        ? string.Create(CultureInfo.InvariantCulture, $"this document declares formatVersion {_formatVersion}")
        : string.Create(CultureInfo.InvariantCulture, $"a record read on its own is read as formatVersion {_formatVersion}");

    private ref Utf8JsonReader Number(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw WrongToken(ref reader, expected);
        }

        return ref reader;
    }

    private ClaimJsonException OutOfRange(ref Utf8JsonReader reader, string problem) =>
        Fail(ref reader, $"The number {Text(ref reader)} {problem}.");

    private void Push(string? name, int index)
    {
        if (_depth == _names.Length)
        {
            Array.Resize(ref _names, _depth * 2);
            Array.Resize(ref _indices, _depth * 2);
        }

        _names[_depth] = name;
        _indices[_depth] = index;
        _depth++;
    }

    private static int CopyShort(ref Utf8JsonReader reader, scoped Span<byte> buffer)
    {
        try
        {
            return reader.CopyString(buffer);
        }
        catch (ArgumentException)
        {
            return -1;
        }
    }

    private static bool HasOffset(ReadOnlySpan<byte> text) =>
        text.Length > 10 && (text[^1] == (byte)'Z' || (text.Length > 16 && text[^3] == (byte)':' && (text[^6] == (byte)'+' || text[^6] == (byte)'-')));

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>The current token's text for a message, shortened, lossy for invalid UTF-8.</summary>
    private static string Text(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> raw = reader.HasValueSequence ? [] : reader.ValueSpan;
        var shown = raw.Length > MessageTextLimit ? raw[..MessageTextLimit] : raw;
        var text = Encoding.UTF8.GetString(shown);
        return raw.Length > MessageTextLimit || reader.HasValueSequence ? text + "…" : text;
    }

    private static string StripLocation(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        return at < 0 ? message : message[..at];
    }

    /// <summary>Where the elements of an array being read wait for their exactly sized array.</summary>
    private interface IElements<T>
    {
        void Add(T item);

        T[] ToArray();
    }

    /// <summary>Reference elements, on the read's one stack of object slots: an array's elements follow those of the
    /// arrays it is nested in (a nested array is complete, and its slots free again, before the next element of
    /// the outer one), so no buffer is looked up per array. Slots are stored and copied out as
    /// <typeparamref name="T"/> without type checks: only <typeparamref name="T"/>s are put in them.</summary>
    private readonly struct StackedElements<T>(JsonReadContext context) : IElements<T>
    {
        private readonly int _start = context._elementsUsed;

        public void Add(T item)
        {
            var used = context._elementsUsed;
            if (used == context._elements.Length)
            {
                context.GrowElements();
            }

            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(context._elements), used) = item;
            context._elementsUsed = used + 1;
        }

        public T[] ToArray()
        {
            var count = context._elementsUsed - _start;
            var slots = context._elements.AsSpan(_start, count);
            var items = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<object?, T>(ref MemoryMarshal.GetReference(slots)), count).ToArray();
            slots.Clear();
            context._elementsUsed = _start;
            return items;
        }
    }

    /// <summary>Value elements (integers), in a buffer from the shared pool.</summary>
    private struct PooledElements<T>(int capacity) : IElements<T>
    {
        private T[] _buffer = ArrayPool<T>.Shared.Rent(capacity);
        private int _count;

        public void Add(T item)
        {
            if (_count == _buffer.Length)
            {
                var larger = ArrayPool<T>.Shared.Rent(_count * 2);
                _buffer.AsSpan(0, _count).CopyTo(larger);
                Return(_buffer, _count);
                _buffer = larger;
            }

            _buffer[_count++] = item;
        }

        public readonly T[] ToArray()
        {
            var items = _buffer.AsSpan(0, _count).ToArray();
            Return(_buffer, _count);
            return items;
        }

        private static void Return(T[] buffer, int count)
        {
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            {
                buffer.AsSpan(0, count).Clear();
            }

            ArrayPool<T>.Shared.Return(buffer);
        }
    }
}
