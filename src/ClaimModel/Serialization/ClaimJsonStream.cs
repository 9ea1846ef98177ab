using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>Reads claims and denials from a UTF-8 stream one record at a time, as an
/// <see cref="IAsyncEnumerable{T}"/>: newline-delimited JSON (<see cref="ClaimStreamFormat.Ndjson"/>) or a JSON array
/// (<see cref="ClaimStreamFormat.JsonArray"/>). Each record is read as strictly as by <see cref="ClaimJson"/> (the
/// format version 2 wire format of a claim or denial), and handed out before the next one is read, so memory holds one
/// record and the read buffer, however long the stream.</summary>
/// <remarks>
/// <para>A record that cannot be read ends the enumeration with a <see cref="ClaimJsonException"/> whose
/// <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> (zero-based) count from the
/// start of the stream and whose <see cref="JsonException.Path"/> starts at the record: <c>$.statements[0].actors</c>
/// for NDJSON (the line says which record), <c>$[3].statements[0].actors</c> for an array. The records before it have
/// been handed out. A leading UTF-8 byte order mark is skipped.</para>
/// <para>Cancellation is checked before each read from the stream and before each record; stream I/O errors and
/// <see cref="OperationCanceledException"/> propagate unchanged. A record is at most about 1 GB.</para>
/// </remarks>
public static class ClaimJsonStream
{
    private const int ChunkSize = 16 * 1024;

    private static readonly JsonReaderOptions RecordOptions = new()
    {
        MaxDepth = ClaimJson.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        // So that a second value after a record is read as a token and reported as such.
        AllowMultipleValues = true,
    };

    // The array's own level comes on top of a record's nesting.
    private static readonly JsonReaderOptions ArrayOptions = RecordOptions with { MaxDepth = ClaimJson.MaxDepth + 1, AllowMultipleValues = false };

    /// <summary>Reads the claims of a stream one by one.</summary>
    /// <param name="utf8Json">The UTF-8 stream (left open).</param>
    /// <param name="format">How the records are laid out.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The claims, in stream order.</returns>
    /// <exception cref="ClaimJsonException">(While enumerating) a record or the layout cannot be read.</exception>
    public static IAsyncEnumerable<Claim> ReadClaimsAsync(Stream utf8Json, ClaimStreamFormat format, CancellationToken cancellationToken = default) =>
        ReadAsync(utf8Json, format, WireFormat.Claim, ClaimReadLimits.Trusted, cancellationToken);

    /// <summary>Reads the claims of a stream one by one, each record within <paramref name="limits"/> (its
    /// <see cref="ClaimReadLimits.MaxDocumentBytes"/> is the largest record; the stream's length is not limited).</summary>
    /// <param name="utf8Json">The UTF-8 stream (left open).</param>
    /// <param name="format">How the records are laid out.</param>
    /// <param name="limits">The limits of one record (<see cref="ClaimReadLimits.Service"/> for untrusted input).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The claims, in stream order.</returns>
    /// <exception cref="ClaimJsonException">(While enumerating) a record or the layout cannot be read, or a record
    /// crosses a limit.</exception>
    public static IAsyncEnumerable<Claim> ReadClaimsAsync(Stream utf8Json, ClaimStreamFormat format, ClaimReadLimits limits, CancellationToken cancellationToken = default) =>
        ReadAsync(utf8Json, format, WireFormat.Claim, limits, cancellationToken);

    /// <summary>Reads the denials of a stream one by one.</summary>
    /// <param name="utf8Json">The UTF-8 stream (left open).</param>
    /// <param name="format">How the records are laid out.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The denials, in stream order.</returns>
    /// <exception cref="ClaimJsonException">(While enumerating) a record or the layout cannot be read.</exception>
    public static IAsyncEnumerable<Denial> ReadDenialsAsync(Stream utf8Json, ClaimStreamFormat format, CancellationToken cancellationToken = default) =>
        ReadAsync(utf8Json, format, WireFormat.Denial, ClaimReadLimits.Trusted, cancellationToken);

    /// <summary>Reads the denials of a stream one by one, each record within <paramref name="limits"/> (its
    /// <see cref="ClaimReadLimits.MaxDocumentBytes"/> is the largest record; the stream's length is not limited).</summary>
    /// <param name="utf8Json">The UTF-8 stream (left open).</param>
    /// <param name="format">How the records are laid out.</param>
    /// <param name="limits">The limits of one record (<see cref="ClaimReadLimits.Service"/> for untrusted input).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The denials, in stream order.</returns>
    /// <exception cref="ClaimJsonException">(While enumerating) a record or the layout cannot be read, or a record
    /// crosses a limit.</exception>
    public static IAsyncEnumerable<Denial> ReadDenialsAsync(Stream utf8Json, ClaimStreamFormat format, ClaimReadLimits limits, CancellationToken cancellationToken = default) =>
        ReadAsync(utf8Json, format, WireFormat.Denial, limits, cancellationToken);

    private static IAsyncEnumerable<T> ReadAsync<T>(Stream utf8Json, ClaimStreamFormat format, ValueFormat<T> record, ClaimReadLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(limits);
        return format switch
        {
            ClaimStreamFormat.Ndjson => ReadLinesAsync(utf8Json, record, limits, cancellationToken),
            ClaimStreamFormat.JsonArray => ReadArrayAsync(utf8Json, record, limits, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown stream format."),
        };
    }

    private static async IAsyncEnumerable<T> ReadLinesAsync<T>(Stream stream, ValueFormat<T> record, ClaimReadLimits limits, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new Window();
        try
        {
            long line = 0;
            var ended = false;
            var first = true;
            while (true)
            {
                var newline = buffer.Data.IndexOf((byte)'\n');
                if (newline < 0 && !ended)
                {
                    if (buffer.Data.Length - Encoding.UTF8.Preamble.Length > limits.MaxDocumentBytes)
                    {
                        var (at, atColumn) = buffer.PositionOf(0);
                        throw RecordTooLarge(buffer.Data.Length, limits, string.Empty, at, atColumn);
                    }

                    ended = !await buffer.FillAsync(stream, cancellationToken, buffer.Data.Length).ConfigureAwait(false);
                    continue;
                }

                if (newline < 0 && buffer.Data.IsEmpty)
                {
                    yield break;
                }

                var length = newline < 0 ? buffer.Data.Length : newline;
                var column = 0;
                if (first && buffer.Data.StartsWith(Encoding.UTF8.Preamble))
                {
                    column = Encoding.UTF8.Preamble.Length;
                }

                first = false;
                cancellationToken.ThrowIfCancellationRequested();
                var value = ReadLine(buffer.Data[column..length], record, limits, line, column);
                buffer.Consume(newline < 0 ? length : length + 1);
                line++;
                if (value.Found)
                {
                    yield return value.Value;
                }
            }
        }
        finally
        {
            buffer.Return();
        }
    }

    private static (bool Found, T Value) ReadLine<T>(ReadOnlySpan<byte> text, ValueFormat<T> record, ClaimReadLimits limits, long line, int column)
    {
        if (text.EndsWith("\r"u8))
        {
            text = text[..^1];
        }

        var start = text.IndexOfAnyExcept(" \t"u8);
        if (start < 0)
        {
            return default;
        }

        return (true, ReadRecord(text[start..], record, limits, string.Empty, line, column + start, "one record per line"));
    }

    private static async IAsyncEnumerable<T> ReadArrayAsync<T>(Stream stream, ValueFormat<T> record, ClaimReadLimits limits, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new Window();
        try
        {
            var ended = false;
            while (!ended && buffer.Data.Length < Encoding.UTF8.Preamble.Length)
            {
                ended = !await buffer.FillAsync(stream, cancellationToken).ConfigureAwait(false);
            }

            if (buffer.Data.StartsWith(Encoding.UTF8.Preamble))
            {
                buffer.Consume(Encoding.UTF8.Preamble.Length);
            }

            var scan = new ArrayScan(new JsonReaderState(ArrayOptions));
            while (true)
            {
                var step = scan.Next(buffer, ended);
                if (step == ScanStep.More)
                {
                    if (buffer.Data.Length - 1 > limits.MaxDocumentBytes)
                    {
                        var (at, atColumn) = buffer.PositionOf(0);
                        throw RecordTooLarge(buffer.Data.Length, limits, Index(scan.Index), at, atColumn);
                    }

                    // Room for at least twice what is pending, so that a record longer than a chunk is rescanned
                    // O(log n) times, not once per chunk.
                    ended = !await buffer.FillAsync(stream, cancellationToken, buffer.Data.Length).ConfigureAwait(false);
                    continue;
                }

                if (step == ScanStep.End)
                {
                    yield break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var (line, column) = buffer.PositionOf(scan.ElementStart);
                var value = ReadRecord(
                    buffer.Data[scan.ElementStart..scan.ElementEnd],
                    record,
                    limits,
                    Index(scan.Index),
                    line,
                    column,
                    "one record per array element");
                buffer.Consume(scan.ElementEnd);
                scan.Index++;
                yield return value;
            }
        }
        finally
        {
            buffer.Return();
        }
    }

    private static string Index(int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{index}]");

    /// <summary>Reads one record from <paramref name="json"/>, which starts at (<paramref name="line"/>,
    /// <paramref name="column"/>) of the stream; errors are located in the stream and pathed under
    /// <paramref name="prefix"/>.</summary>
    private static T ReadRecord<T>(ReadOnlySpan<byte> json, ValueFormat<T> record, ClaimReadLimits limits, string prefix, long line, long column, string layout)
    {
        if (json.Length > limits.MaxDocumentBytes)
        {
            throw RecordTooLarge(json.Length, limits, prefix, line, column);
        }

        var reader = new Utf8JsonReader(json, JsonReadContext.ReaderOptions(RecordOptions, limits));
        var context = new JsonReadContext(null, limits);
        try
        {
            context.Read(ref reader);
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw context.Fail(ref reader, "A record is null; write the record or leave it out.");
            }

            var value = record.Read(ref reader, context);
            if (reader.Read())
            {
                throw context.Fail(ref reader, $"Unexpected content after the record; the stream holds {layout}.");
            }

            return value;
        }
        catch (Exception e) when (context.Translate(e, json) is { } error)
        {
            var errorLine = error.LineNumber ?? 0;
            var errorColumn = error.BytePositionInLine ?? 0;
            throw ClaimJsonException.ReadAt(
                error.Reason,
                prefix + error.RelativePath,
                line + errorLine,
                errorLine == 0 ? column + errorColumn : errorColumn,
                error.InnerException);
        }
    }

    /// <summary>The error for a record over <see cref="ClaimReadLimits.MaxDocumentBytes"/> (at least
    /// <paramref name="bytes"/> long), located at its start.</summary>
    private static ClaimJsonException RecordTooLarge(long bytes, ClaimReadLimits limits, string path, long line, long column) =>
        ClaimJsonException.ReadAt(
            ClaimReadLimits.Exceeded(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A record of at least {bytes:N0} bytes"), nameof(ClaimReadLimits.MaxDocumentBytes), limits.MaxDocumentBytes),
            path,
            line,
            column,
            null);

    private static string StripLocation(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return at < 0 ? message : message[..at];
    }

    private enum ArrayPhase
    {
        Start,
        Elements,
        After,
    }

    private enum ScanStep
    {
        More,
        Element,
        Skip,
        End,
    }

    /// <summary>Finds the elements of a JSON array token by token, carrying the reader state (and so the line count)
    /// across reads from the stream.</summary>
    private sealed class ArrayScan(JsonReaderState state)
    {
        private JsonReaderState _state = state;
        private ArrayPhase _phase = ArrayPhase.Start;

        /// <summary>The index of the element being read.</summary>
        public int Index { get; set; }

        /// <summary>Where the element found by <see cref="Next"/> starts in the window's data.</summary>
        public int ElementStart { get; private set; }

        /// <summary>Where it ends (exclusive).</summary>
        public int ElementEnd { get; private set; }

        /// <summary>Consumes the array's punctuation from <paramref name="window"/> up to the next element (left in the
        /// window), the end of the input, or the end of the data at hand.</summary>
        public ScanStep Next(Window window, bool ended)
        {
            while (true)
            {
                var step = Step(window.Data, ended, out var consumed);
                window.Consume(consumed);
                if (step != ScanStep.Skip)
                {
                    return step;
                }
            }
        }

        private ScanStep Step(ReadOnlySpan<byte> data, bool ended, out int consumed)
        {
            consumed = 0;
            var reader = new Utf8JsonReader(data, ended, _state);
            try
            {
                if (!reader.Read())
                {
                    if (!ended)
                    {
                        return ScanStep.More;
                    }

                    return _phase == ArrayPhase.After ? ScanStep.End : throw Truncated();
                }

                if (_phase == ArrayPhase.Start)
                {
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        var before = data[..(int)reader.TokenStartIndex];
                        throw ClaimJsonException.ReadAt(
                            "Expected a JSON array of records ('['); for one record per line, read NDJSON.",
                            string.Empty,
                            before.Count((byte)'\n'),
                            before.Length - (before.LastIndexOf((byte)'\n') + 1),
                            null);
                    }

                    _phase = ArrayPhase.Elements;
                    return Accept(ref reader, out consumed);
                }

                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    _phase = ArrayPhase.After;
                    return Accept(ref reader, out consumed);
                }

                var start = (int)reader.TokenStartIndex;
                if (!reader.TrySkip())
                {
                    return ended ? throw Truncated() : ScanStep.More;
                }

                _state = reader.CurrentState;
                (ElementStart, ElementEnd) = (start, (int)reader.BytesConsumed);
                return ScanStep.Element;
            }
            catch (JsonException e) when (e is not ClaimJsonException)
            {
                if (ended && _phase != ArrayPhase.After && data[(int)reader.BytesConsumed..].IndexOfAnyExcept(" \t\r\n"u8) < 0)
                {
                    throw Truncated();
                }

                throw ClaimJsonException.ReadAt("Malformed JSON: " + StripLocation(e.Message), Path(), e.LineNumber, e.BytePositionInLine, e);
            }
        }

        private ScanStep Accept(ref Utf8JsonReader reader, out int consumed)
        {
            _state = reader.CurrentState;
            consumed = (int)reader.BytesConsumed;
            return ScanStep.Skip;
        }

        private string Path() => _phase == ArrayPhase.Elements ? ClaimJsonStream.Index(Index) : string.Empty;

        private ClaimJsonException Truncated() =>
            ClaimJsonException.ReadAt("The JSON ends too early; the array is truncated (no closing ']').", Path(), null, null, null);
    }

    /// <summary>A pooled window on the stream: the bytes read and not yet consumed, with the line and column (zero-based,
    /// in bytes) of its first byte in the stream.</summary>
    private sealed class Window
    {
        private byte[] _array = ArrayPool<byte>.Shared.Rent(ChunkSize);
        private int _start;
        private int _end;
        private long _line;
        private long _column;

        public ReadOnlySpan<byte> Data => _array.AsSpan(_start, _end - _start);

        /// <summary>Reads more of the stream (room for at least <paramref name="atLeast"/> more bytes).</summary>
        /// <returns>Whether anything was read (false at the end of the stream).</returns>
        public async ValueTask<bool> FillAsync(Stream stream, CancellationToken cancellationToken, int atLeast = ChunkSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pending = _end - _start;
            var needed = pending + Math.Max(atLeast, ChunkSize);
            if (needed > _array.Length)
            {
                if (needed > Array.MaxLength)
                {
                    throw new ClaimJsonException("A record is larger than the largest array (about 2 GB); split it.");
                }

                var larger = ArrayPool<byte>.Shared.Rent(needed);
                _array.AsSpan(_start, pending).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_array);
                _array = larger;
                (_start, _end) = (0, pending);
            }
            else if (_array.Length - _end < Math.Max(atLeast, ChunkSize))
            {
                _array.AsSpan(_start, pending).CopyTo(_array);
                (_start, _end) = (0, pending);
            }

            var read = await stream.ReadAsync(_array.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            _end += read;
            return read > 0;
        }

        /// <summary>The line and column of the byte at <paramref name="offset"/> in <see cref="Data"/>.</summary>
        public (long Line, long Column) PositionOf(int offset)
        {
            var before = Data[..offset];
            var newlines = before.Count((byte)'\n');
            return newlines == 0
                ? (_line, _column + offset)
                : (_line + newlines, offset - (before.LastIndexOf((byte)'\n') + 1));
        }

        /// <summary>Drops the first <paramref name="count"/> bytes of <see cref="Data"/>.</summary>
        public void Consume(int count)
        {
            (_line, _column) = PositionOf(count);
            _start += count;
        }

        public void Return() => ArrayPool<byte>.Shared.Return(_array);
    }
}
