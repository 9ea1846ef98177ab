using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>Reads and writes <see cref="ClaimDocument"/>s in the ClaimModel JSON wire format (described in the
/// README's "JSON format" section), strictly and without reflection: it reads format versions 1 and 2 and writes
/// version 2.</summary>
/// <remarks>
/// <para>A version 1 document is read into the current model with the same meaning (a claim's one
/// <c>statement</c> becomes its only statement, a statement's <c>actor</c> its only actor, a <c>less-than</c>
/// figure saying "nearly" the <see cref="FigureQualifier.Nearly"/> qualifier); the members and enum values that
/// version 2 added are unknown in it, and version 1 members are unknown in a version 2 document. A record read on
/// its own through <see cref="Options"/> (a claim, a statement) is read as version 2.</para>
/// <para>Reading is strict: malformed JSON, unknown or duplicate members, wrong token types, missing
/// required members, <c>null</c> array elements, non-finite or out-of-range numbers, date-times without an
/// offset, comments, trailing commas, nesting deeper than 64, trailing content after the root and a
/// <c>formatVersion</c> other than 1 or 2 all end in a <see cref="ClaimJsonException"/> naming the JSON path, line
/// and byte position; no other exception escapes for bad input. A leading UTF-8 byte order mark is skipped.</para>
/// <para>Writing omits <c>null</c> members, empty arrays, <c>false</c> flags (<c>cumulative</c>) and enum members
/// at their default (<c>combination</c>, <c>intent</c>, <c>scope</c>, <c>denies</c>, <c>characterization</c>);
/// required ones and <c>modality</c> are always written. The indented form is the canonical form: two-space indentation, <c>"\n"</c> line ends and a final
/// newline. Non-ASCII text is written as UTF-8, not escaped, except characters outside the Basic Multilingual
/// Plane (emoji), which are written as <c>\uXXXX</c> surrogate-pair escapes; quotes are written <c>\"</c>. A model that cannot be written (a required member
/// that is <c>null</c>, an undefined enum value, a non-finite coordinate, a lone surrogate) gives a
/// <see cref="ClaimJsonException"/> and no output.</para>
/// <para>A list of 8,192 elements or more (the claims or denials of a large document) is written on every processor,
/// each thread writing parts of it into buffers of its own; the bytes are the same as on one thread, and so is the
/// error of a model that cannot be written (that of the first element in document order that cannot be).</para>
/// <para>The reads that take a <see cref="ClaimReadLimits"/> also refuse input over its size, string, element and
/// depth limits with a <see cref="ClaimJsonException"/> naming the path, the limit and the value; the others use
/// <see cref="ClaimReadLimits.Trusted"/> (depth 64, nothing else limited). Read untrusted input with
/// <see cref="ClaimReadLimits.Service"/>.</para>
/// <para>Stream I/O errors and cancellation propagate unchanged.</para>
/// <para>Reading a document shares one string instance among equal recurring strings (ids and references,
/// units, time zones, quotes, source titles and texts), one array among the one-element lists of such a reference
/// (<c>via</c>), and one instance among the exactly equal small value records read for the same member (times,
/// quotes, figures, places, targets, coordinates, relative days: a claim's <c>statedAt</c> and a statement's
/// <c>time</c> are never one instance); claims, denials, reports, statements and the other entities are never
/// shared. Records are immutable, so this only shows through reference identity. Each thread keeps its write buffer (up to 1 MB) and its read's string table (up to
/// 1.8 MB) for its next call.</para>
/// </remarks>
public static class ClaimJson
{
    /// <summary>The deepest nesting accepted on read.</summary>
    public const int MaxDepth = 64;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        AllowMultipleValues = false,
    };

    private static readonly JsonWriterOptions CompactWriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly JsonWriterOptions IndentedWriterOptions = CompactWriterOptions with
    {
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
    };

    [ThreadStatic]
    private static SegmentedBuffer? t_buffer;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A read-only <see cref="JsonSerializerOptions"/> that converts every ClaimModel record (and
    /// the lists of them) exactly like <see cref="ClaimJson"/>, through its own reflection-free
    /// <see cref="JsonSerializerOptions.TypeInfoResolver"/>; the converters are also in
    /// <see cref="JsonSerializerOptions.Converters"/>.</summary>
    /// <remarks>For NativeAOT-safe calls, pass type metadata:
    /// <c>JsonSerializer.Serialize(claim, (JsonTypeInfo&lt;Claim&gt;)ClaimJson.Options.GetTypeInfo(typeof(Claim)))</c>.
    /// Errors are <see cref="ClaimJsonException"/>s whose position is a byte offset
    /// (<see cref="ClaimJsonException.ByteOffset"/>), since the serializer does not expose its buffer.</remarks>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes a document as a UTF-16 string.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to write the canonical indented form (with a final newline).</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ClaimDocument document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        var buffer = WriteToBuffer(document, indented);
        try
        {
            if (buffer.TryGetContiguous(out var utf8))
            {
                return Encoding.UTF8.GetString(utf8);
            }

            var length = checked((int)buffer.Length);
            var bytes = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                buffer.CopyTo(bytes);
                return Encoding.UTF8.GetString(bytes, 0, length);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
        finally
        {
            ReturnBuffer(buffer);
        }
    }

    /// <summary>Writes a document as UTF-8 bytes.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to write the canonical indented form (with a final newline).</param>
    /// <returns>The UTF-8 JSON, without a byte order mark.</returns>
    public static byte[] SerializeToUtf8Bytes(ClaimDocument document, bool indented = false) =>
        SerializeToUtf8Bytes(document, indented, ParallelArrayWriter.ParallelFrom, 0);

    /// <summary>Writes a document as UTF-8 bytes, with the lists of <paramref name="parallelFrom"/> elements or more
    /// written on every processor in parts of <paramref name="partElements"/> (the same bytes whatever these are; tests
    /// and measurements compare them).</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to write the canonical indented form (with a final newline).</param>
    /// <param name="parallelFrom">How many elements make a list written in parts (<see cref="int.MaxValue"/>: none).</param>
    /// <param name="partElements">The elements per part, or 0 for a number chosen by the list's length.</param>
    /// <returns>The UTF-8 JSON, without a byte order mark.</returns>
    internal static byte[] SerializeToUtf8Bytes(ClaimDocument document, bool indented, int parallelFrom, int partElements)
    {
        ArgumentNullException.ThrowIfNull(document);
        var buffer = WriteToBuffer(document, indented, parallelFrom, partElements);
        try
        {
            var bytes = GC.AllocateUninitializedArray<byte>(checked((int)buffer.Length));
            buffer.CopyTo(bytes);
            return bytes;
        }
        finally
        {
            ReturnBuffer(buffer);
        }
    }

    /// <summary>Writes a document to a stream as UTF-8 (nothing is written if the document cannot be).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to write the canonical indented form (with a final newline).</param>
    public static void Serialize(Stream utf8Json, ClaimDocument document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(document);
        var buffer = WriteToBuffer(document, indented);
        try
        {
            buffer.WriteTo(utf8Json);
        }
        finally
        {
            ReturnBuffer(buffer);
        }
    }

    /// <summary>Writes a document to a stream as UTF-8 (nothing is written if the document cannot be).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to write the canonical indented form (with a final newline).</param>
    /// <param name="cancellationToken">Cancels the stream write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    public static async Task SerializeAsync(Stream utf8Json, ClaimDocument document, bool indented = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(document);
        var buffer = WriteToBuffer(document, indented);
        try
        {
            await buffer.WriteToAsync(utf8Json, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ReturnBuffer(buffer);
        }
    }

    /// <summary>Reads a document from JSON text, with the <see cref="ClaimReadLimits.Trusted"/> limits.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ClaimJsonException">The text is not a valid document of format version 1 or 2.</exception>
    public static ClaimDocument Deserialize(string json) => Deserialize(json, ClaimReadLimits.Trusted);

    /// <summary>Reads a document from JSON text within <paramref name="limits"/> (its size counted in UTF-8 bytes).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">The read's limits (<see cref="ClaimReadLimits.Service"/> for untrusted input).</param>
    /// <returns>The document.</returns>
    /// <exception cref="ClaimJsonException">The text is not a valid document of format version 1 or 2, or crosses a
    /// limit.</exception>
    public static ClaimDocument Deserialize(string json, ClaimReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(limits);
        if (json.Length > limits.MaxDocumentBytes)
        {
            // A UTF-16 unit is at least one UTF-8 byte: refused before it is counted or encoded.
            throw TooLarge(json.Length, limits.MaxDocumentBytes, "at least ");
        }

        int length;
        try
        {
            length = StrictUtf8.GetByteCount(json);
        }
        catch (EncoderFallbackException e)
        {
            throw new ClaimJsonException("The text holds invalid UTF-16 (a lone surrogate) and cannot be read as JSON.", e);
        }

        var utf8 = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            StrictUtf8.GetBytes(json, utf8);
            return Deserialize(utf8.AsSpan(0, length), limits);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    /// <summary>Reads a document from UTF-8 JSON, with the <see cref="ClaimReadLimits.Trusted"/> limits.</summary>
    /// <param name="utf8Json">The UTF-8 JSON (a leading byte order mark is skipped).</param>
    /// <returns>The document.</returns>
    /// <exception cref="ClaimJsonException">The input is not a valid document of format version 1 or 2.</exception>
    public static ClaimDocument Deserialize(ReadOnlySpan<byte> utf8Json) => ReadWhole(utf8Json, WireFormat.ClaimDocument, "document", ClaimReadLimits.Trusted);

    /// <summary>Reads a document from UTF-8 JSON within <paramref name="limits"/>.</summary>
    /// <param name="utf8Json">The UTF-8 JSON (a leading byte order mark is skipped).</param>
    /// <param name="limits">The read's limits (<see cref="ClaimReadLimits.Service"/> for untrusted input).</param>
    /// <returns>The document.</returns>
    /// <exception cref="ClaimJsonException">The input is not a valid document of format version 1 or 2, or crosses a
    /// limit.</exception>
    public static ClaimDocument Deserialize(ReadOnlySpan<byte> utf8Json, ClaimReadLimits limits) => ReadWhole(utf8Json, WireFormat.ClaimDocument, "document", limits);

    /// <summary>Reads one record of a ClaimModel type — a <see cref="Claim"/>, a <see cref="Denial"/>, an
    /// <see cref="Actor"/>, a whole <see cref="ClaimDocument"/>, … — from UTF-8 JSON within <paramref name="limits"/>:
    /// the strict read of <see cref="Options"/> (a record on its own is read as format version 2), with the input's
    /// size, its strings, its array elements and its depth bounded as for a document.</summary>
    /// <typeparam name="T">A type with a ClaimModel wire format.</typeparam>
    /// <param name="utf8Json">The UTF-8 JSON (a leading byte order mark is skipped; nothing may follow the record).</param>
    /// <param name="limits">The read's limits (<see cref="ClaimReadLimits.Service"/> for untrusted input).</param>
    /// <returns>The record.</returns>
    /// <exception cref="ClaimJsonException">The input is not a valid record of <typeparamref name="T"/>, or crosses a
    /// limit.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no ClaimModel wire format.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, ClaimReadLimits limits)
        where T : class =>
        ClaimJsonConverters.Resolver.ConverterFor(typeof(T)) is FormatConverter<T> converter
            ? ReadWhole(utf8Json, converter.Format, "record", limits)
            : throw new NotSupportedException($"{typeof(T)} has no ClaimModel wire format.");

    /// <summary>Reads one whole value of <paramref name="format"/> from UTF-8 JSON (a leading byte order mark is
    /// skipped; nothing may follow it), strictly, every failure a <see cref="ClaimJsonException"/> naming path, line
    /// and position: the one read behind documents and reports.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <param name="format">The value's format.</param>
    /// <param name="name">What the value is, for the message about content after it ("document", "report").</param>
    /// <param name="limits">The read's limits.</param>
    internal static T ReadWhole<T>(ReadOnlySpan<byte> utf8Json, ValueFormat<T> format, string name, ClaimReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (utf8Json.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8Json = utf8Json[Encoding.UTF8.Preamble.Length..];
        }

        if (utf8Json.Length > limits.MaxDocumentBytes)
        {
            throw TooLarge(utf8Json.Length, limits.MaxDocumentBytes, string.Empty);
        }

        var reader = new Utf8JsonReader(utf8Json, JsonReadContext.ReaderOptions(ReaderOptions, limits));
        var pool = StringPool.Rent(utf8Json.Length);
        var context = new JsonReadContext(pool, limits);
        try
        {
            context.Read(ref reader);
            var value = format.Read(ref reader, context);
            if (reader.Read())
            {
                throw context.Fail(ref reader, $"Unexpected content after the {name}'s closing brace; a file holds one {name}.");
            }

            return value;
        }
        catch (Exception e) when (context.Translate(e, utf8Json) is { } error)
        {
            throw error;
        }
        finally
        {
            context.ReturnElements();
            StringPool.Return(pool);
        }
    }

    /// <summary>Reads a document from a UTF-8 stream (read to its end first), with the
    /// <see cref="ClaimReadLimits.Trusted"/> limits.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ClaimJsonException">The input is not a valid document of format version 1 or 2.</exception>
    public static ClaimDocument Deserialize(Stream utf8Json) => Deserialize(utf8Json, ClaimReadLimits.Trusted);

    /// <summary>Reads a document from a UTF-8 stream (read to its end first) within <paramref name="limits"/>: reading
    /// stops as soon as the stream holds more than <see cref="ClaimReadLimits.MaxDocumentBytes"/>.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="limits">The read's limits (<see cref="ClaimReadLimits.Service"/> for untrusted input).</param>
    /// <returns>The document.</returns>
    /// <exception cref="ClaimJsonException">The input is not a valid document of format version 1 or 2, or crosses a
    /// limit.</exception>
    public static ClaimDocument Deserialize(Stream utf8Json, ClaimReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(limits);
        var buffer = new StreamBuffer(utf8Json, limits.MaxDocumentBytes);
        try
        {
            while (buffer.Fill(utf8Json.Read(buffer.FreeSpan)))
            {
            }

            return Deserialize(buffer.Data, limits);
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>Reads a document from a UTF-8 stream (read to its end first, asynchronously), with the
    /// <see cref="ClaimReadLimits.Trusted"/> limits.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Cancels the stream read.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ClaimJsonException">The input is not a valid document of format version 1 or 2.</exception>
    public static ValueTask<ClaimDocument> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        DeserializeAsync(utf8Json, ClaimReadLimits.Trusted, cancellationToken);

    /// <summary>Reads a document from a UTF-8 stream (read to its end first, asynchronously) within
    /// <paramref name="limits"/>: reading stops as soon as the stream holds more than
    /// <see cref="ClaimReadLimits.MaxDocumentBytes"/>.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="limits">The read's limits (<see cref="ClaimReadLimits.Service"/> for untrusted input).</param>
    /// <param name="cancellationToken">Cancels the stream read.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ClaimJsonException">The input is not a valid document of format version 1 or 2, or crosses a
    /// limit.</exception>
    public static async ValueTask<ClaimDocument> DeserializeAsync(Stream utf8Json, ClaimReadLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(limits);
        var buffer = new StreamBuffer(utf8Json, limits.MaxDocumentBytes);
        try
        {
            while (buffer.Fill(await utf8Json.ReadAsync(buffer.FreeMemory, cancellationToken).ConfigureAwait(false)))
            {
            }

            return Deserialize(buffer.Data, limits);
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>The error for input over <see cref="ClaimReadLimits.MaxDocumentBytes"/>.</summary>
    /// <param name="bytes">How many bytes (at least) the input holds.</param>
    /// <param name="maxBytes">The limit.</param>
    /// <param name="atLeast">"at least " when <paramref name="bytes"/> is a lower bound, else empty.</param>
    private static ClaimJsonException TooLarge(long bytes, long maxBytes, string atLeast) =>
        ClaimJsonException.ReadAt(
            ClaimReadLimits.Exceeded(string.Create(CultureInfo.InvariantCulture, $"The input of {atLeast}{bytes:N0} bytes"), nameof(ClaimReadLimits.MaxDocumentBytes), maxBytes),
            string.Empty,
            null,
            null,
            null);

    /// <summary>Writes into a buffer taken from this thread's cache (or a new one); give it back with
    /// <see cref="ReturnBuffer"/>. Reusing the buffer's chunks (up to 1 MB) saves allocating them on every
    /// call; a larger document gets further chunks rather than one ever larger array. A list of
    /// <paramref name="parallelFrom"/> elements or more is written on every processor
    /// (<see cref="ParallelArrayWriter"/>), with the same bytes.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to write the indented form.</param>
    /// <param name="parallelFrom">How many elements make a list written in parts (<see cref="int.MaxValue"/>: none).</param>
    /// <param name="partElements">The elements per part, or 0 for a number chosen by the list's length.</param>
    private static SegmentedBuffer WriteToBuffer(ClaimDocument document, bool indented, int parallelFrom = ParallelArrayWriter.ParallelFrom, int partElements = 0)
    {
        var buffer = t_buffer ?? new SegmentedBuffer();
        t_buffer = null;
        buffer.Reset();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedWriterOptions : CompactWriterOptions))
            {
                var previous = ParallelArrayWriter.Begin(writer, buffer, parallelFrom, partElements);
                try
                {
                    WireFormat.ClaimDocument.Write(writer, document);
                }
                finally
                {
                    ParallelArrayWriter.End(previous);
                }
            }

            if (indented)
            {
                buffer.Write("\n"u8);
            }

            return buffer;
        }
        catch
        {
            ReturnBuffer(buffer);
            throw;
        }
    }

    private static void ReturnBuffer(SegmentedBuffer buffer)
    {
        buffer.Reset();
        t_buffer = buffer;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            MaxDepth = MaxDepth,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            TypeInfoResolver = ClaimJsonConverters.Resolver,
        };
        foreach (var converter in ClaimJsonConverters.Resolver.Converters)
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }

    /// <summary>A pooled, growing buffer a stream is read into.</summary>
    private sealed class StreamBuffer
    {
        private const int DefaultSize = 16 * 1024;

        private readonly long _limit;
        private readonly long _maxBytes;
        private byte[] _array;
        private int _length;

        /// <summary>Creates the buffer: for a stream that knows its length, large enough for the rest of it (and
        /// the final zero-byte read), so that it is read without growing and copying; a stream that says it is longer
        /// than <paramref name="maxBytes"/> (and a UTF-8 byte order mark) is refused before anything is read.</summary>
        /// <param name="stream">The stream to be read.</param>
        /// <param name="maxBytes">The most bytes kept (<see cref="ClaimReadLimits.MaxDocumentBytes"/>).</param>
        public StreamBuffer(Stream stream, long maxBytes)
        {
            _limit = maxBytes;
            _maxBytes = maxBytes > long.MaxValue - 3 ? long.MaxValue : maxBytes + Encoding.UTF8.Preamble.Length;
            var size = DefaultSize;
            if (stream.CanSeek)
            {
                var remaining = stream.Length - stream.Position;
                if (remaining > _maxBytes)
                {
                    throw TooLarge(remaining, maxBytes, string.Empty);
                }

                size = (int)Math.Clamp(remaining + 1, DefaultSize, Array.MaxLength);
            }

            _array = ArrayPool<byte>.Shared.Rent(size);
        }

        public Span<byte> FreeSpan => _array.AsSpan(_length);

        public Memory<byte> FreeMemory => _array.AsMemory(_length);

        public ReadOnlySpan<byte> Data => _array.AsSpan(0, _length);

        /// <summary>Records <paramref name="read"/> new bytes; grows when full.</summary>
        /// <returns>Whether the stream may have more.</returns>
        public bool Fill(int read)
        {
            if (read == 0)
            {
                return false;
            }

            _length += read;
            if (_length > _maxBytes)
            {
                throw TooLarge(_length, _limit, "at least ");
            }

            if (_length == _array.Length)
            {
                if (_length >= Array.MaxLength)
                {
                    throw new ClaimJsonException("The input is larger than the largest array (about 2 GB); split the document.");
                }

                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * _array.Length, Array.MaxLength));
                _array.AsSpan(0, _length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_array);
                _array = larger;
            }

            return true;
        }

        public void Return() => ArrayPool<byte>.Shared.Return(_array);
    }
}
