using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>Writes the elements of a large JSON array on every processor, giving the bytes one thread would write.
/// While <see cref="ClaimJson"/> writes a document, its writer and buffer are this thread's target
/// (<see cref="Begin"/>); a list of <see cref="ParallelFrom"/> elements or more that the target's writer writes is
/// then cut into parts after its first element, the parts written by one writer per thread into a buffer of its own,
/// and their bytes taken, in order, into the document's buffer without a copy (<see cref="SegmentedBuffer.Append"/>).</summary>
/// <remarks>
/// <para>A thread's writer has the document writer's options and first opens as many arrays as the list's depth, so
/// it indents the elements as the document's writer would (those bytes are in no part). It writes the separators, new
/// lines and indentation before each element itself, except the <c>,</c> before its first, which is written ahead of
/// it. The document's writer writes the list's first element itself, so it stands after an element, as it would
/// after the last, and writes the array's end as it would.</para>
/// <para>A write error is the one writing on one thread gives: every part writes its elements through
/// <see cref="JsonWrite.Element{T}"/> with their indexes, a part's exception is kept, the parts after a failed one are
/// not written, and the first failed part in document order has its exception thrown again on the document's thread,
/// inside the list's write (so that the member's path is added as it unwinds), with its original stack trace.</para>
/// </remarks>
internal sealed class ParallelArrayWriter
{
    /// <summary>How many elements make a list use several threads (8,192 claims are about 5.5 MB and 15 ms of writing;
    /// fewer are not worth the threads).</summary>
    public const int ParallelFrom = 8192;

    /// <summary>The most elements in one part (4,096 claims: about 2.8 MB, 8 ms of writing, so that the thread that
    /// finishes last waits little).</summary>
    private const int MaxPartElements = 4096;

    /// <summary>The fewest elements in one part.</summary>
    private const int MinPartElements = 256;

    [ThreadStatic]
    private static ParallelArrayWriter? t_target;

    private readonly Utf8JsonWriter _writer;
    private readonly SegmentedBuffer _buffer;
    private readonly int _from;
    private readonly int _partElements;

    private ParallelArrayWriter(Utf8JsonWriter writer, SegmentedBuffer buffer, int from, int partElements)
    {
        (_writer, _buffer, _from, _partElements) = (writer, buffer, from, partElements);
    }

    /// <summary>Makes <paramref name="writer"/>, which writes into <paramref name="buffer"/>, this thread's target
    /// until <see cref="End"/>.</summary>
    /// <param name="writer">The document's writer.</param>
    /// <param name="buffer">The buffer it writes into (and only it).</param>
    /// <param name="from">How many elements make a list written in parts (<see cref="ParallelFrom"/>; at least 2).</param>
    /// <param name="partElements">The elements per part, or 0 for a number chosen by the list's length.</param>
    /// <returns>The target before, for <see cref="End"/>.</returns>
    public static ParallelArrayWriter? Begin(Utf8JsonWriter writer, SegmentedBuffer buffer, int from = ParallelFrom, int partElements = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(from, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(partElements);
        var previous = t_target;
        t_target = new ParallelArrayWriter(writer, buffer, from, partElements);
        return previous;
    }

    /// <summary>Ends the target of <see cref="Begin"/>.</summary>
    /// <param name="previous">What <see cref="Begin"/> returned.</param>
    public static void End(ParallelArrayWriter? previous) => t_target = previous;

    /// <summary>Writes <paramref name="items"/> as a JSON array in parts, when it is long enough, a second processor
    /// is there and <paramref name="writer"/> is this thread's target.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="writer">The writer the array is written with.</param>
    /// <param name="items">The elements.</param>
    /// <param name="element">The element format.</param>
    /// <returns>Whether the array was written; if not, nothing was.</returns>
    public static bool TryWrite<T>(Utf8JsonWriter writer, ValueList<T> items, ValueFormat<T> element)
    {
        if (t_target is not { } target || items.Count < target._from || !ReferenceEquals(target._writer, writer) || Environment.ProcessorCount < 2)
        {
            return false;
        }

        target.Write(items, element);
        return true;
    }

    /// <summary>Writes the array: its start and first element with the document's writer, the rest in parts on every
    /// processor, taken into the document's buffer in order, then its end.</summary>
    private void Write<T>(ValueList<T> items, ValueFormat<T> element)
    {
        _writer.WriteStartArray();
        JsonWrite.Element(_writer, items[0], 0, element);
        _writer.Flush();
        var depth = _writer.CurrentDepth;
        var options = _writer.Options;
        var rest = items.Count - 1;
        var size = _partElements > 0 ? _partElements : Math.Clamp(rest / (8 * Environment.ProcessorCount), MinPartElements, MaxPartElements);
        var parts = new Part[(rest + size - 1) / size];
        var writers = new PartWriter?[Math.Min(Environment.ProcessorCount, parts.Length)];
        var next = -1;
        var failed = parts.Length;
        try
        {
            // One writer per thread takes the next part until none is left; parts are taken in order, so once one
            // has failed, those taken after it are not needed (those before it are, and are written to the end).
            Parallel.For(0, writers.Length, w =>
            {
                var writer = writers[w] = new PartWriter(options, depth);
                int p;
                while ((p = Interlocked.Increment(ref next)) < parts.Length && p < Volatile.Read(ref failed))
                {
                    var start = 1 + (p * size);
                    parts[p] = writer.Write(items, element, start, Math.Min(items.Count, start + size));
                    if (parts[p].Error is not null)
                    {
                        LowerTo(ref failed, p);
                        break;
                    }
                }

                writer.Dispose();
            });
        }
        finally
        {
            // The document's buffer gives the part buffers back to the pool when it is reset, after an error too.
            foreach (var writer in writers)
            {
                if (writer is not null)
                {
                    _buffer.Adopt(writer.Buffer);
                }
            }
        }

        foreach (var part in parts)
        {
            part.Error?.Throw();
            _buffer.Append(part.Writer.Buffer, part.From, part.To);
        }

        _writer.WriteEndArray();
    }

    /// <summary>Sets <paramref name="location"/> to <paramref name="value"/> if that is lower, atomically.</summary>
    private static void LowerTo(ref int location, int value)
    {
        var current = Volatile.Read(ref location);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref location, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    /// <summary>A part written: where its bytes are, or the exception that stopped it.</summary>
    /// <param name="Writer">The writer that wrote it.</param>
    /// <param name="From">The mark of the writer's buffer before its bytes.</param>
    /// <param name="To">The mark after them.</param>
    /// <param name="Error">The exception, if the part failed.</param>
    private readonly record struct Part(PartWriter Writer, int From, int To, ExceptionDispatchInfo? Error);

    /// <summary>One thread's writer of parts, into a buffer of its own: opened to the list's depth, so that it indents
    /// as the document's writer does, it writes the thread's parts one after the other, each marked in the buffer
    /// (<see cref="SegmentedBuffer.Mark"/>). Before its first part it stands at the start of the array, where it writes
    /// no separator, so the <c>,</c> is written ahead of it; before each next part it stands after an element and
    /// writes the separator itself.</summary>
    private sealed class PartWriter : IDisposable
    {
        private readonly Utf8JsonWriter _writer;
        private bool _first = true;

        /// <summary>Creates the writer, its buffer and the arrays it stands in (those bytes are in no part).</summary>
        /// <param name="options">The document writer's options.</param>
        /// <param name="depth">The depth of the list's elements.</param>
        public PartWriter(JsonWriterOptions options, int depth)
        {
            _writer = new Utf8JsonWriter(Buffer, options);
            for (var i = 0; i < depth; i++)
            {
                _writer.WriteStartArray();
            }

            _writer.Flush();
        }

        /// <summary>The buffer the parts are in.</summary>
        public SegmentedBuffer Buffer { get; } = new();

        /// <summary>Writes elements <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive), each
        /// preceded by its separator.</summary>
        /// <typeparam name="T">The element type.</typeparam>
        /// <param name="items">The list.</param>
        /// <param name="element">The element format.</param>
        /// <param name="start">The first element.</param>
        /// <param name="end">The element after the last.</param>
        /// <returns>The part.</returns>
        public Part Write<T>(ValueList<T> items, ValueFormat<T> element, int start, int end)
        {
            var from = Buffer.Mark();
            try
            {
                if (_first)
                {
                    Buffer.Write(","u8);
                    _first = false;
                }

                var span = items.AsSpan();
                for (var i = start; i < end; i++)
                {
                    JsonWrite.Element(_writer, span[i], i, element);
                }

                _writer.Flush();
                return new Part(this, from, Buffer.Mark(), null);
            }
            catch (Exception e)
            {
                return new Part(this, from, from, ExceptionDispatchInfo.Capture(e));
            }
        }

        /// <inheritdoc/>
        public void Dispose() => _writer.Dispose();
    }
}
