using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>Writes the elements of a large JSON array on every processor, giving the bytes one thread would write.
/// While <see cref="ClaimJson"/> writes a document, its writer and buffer are this thread's target
/// (<see cref="Begin"/>); a list of <see cref="ParallelFrom"/> elements or more that the target's writer writes is
/// then cut into parts after its first element, each part written by a writer of its own into a buffer of its own,
/// several at once, and the parts' bytes are moved, in order, into the document's buffer (<see cref="SegmentedBuffer.Append"/>).</summary>
/// <remarks>
/// <para>A part's writer has the document writer's options and first opens as many arrays as the list's depth, so it
/// indents the elements as the document's writer would; the bytes it wrote to get there are dropped (a writer holds
/// nothing back after a flush), and the separator the document's writer would write before the part's first
/// element, <c>,</c>, is written ahead of it (the part's writer writes the separators, new lines and indentation of
/// the others itself, and the new line and indentation of the first). The document's writer writes the first element
/// itself, so it stands after an element, as it would after the last, and writes the array's end as it would.</para>
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

    /// <summary>The chunk size of a part's buffer: above the large object heap threshold (so the collector never
    /// moves a part's bytes), small enough that a part's last chunk leaves little of itself unused.</summary>
    private const int PartChunkBytes = 128 * 1024;

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

    private void Write<T>(ValueList<T> items, ValueFormat<T> element)
    {
        _writer.WriteStartArray();
        JsonWrite.Element(_writer, items[0], 0, element);
        _writer.Flush();
        var depth = _writer.CurrentDepth;
        var rest = items.Count - 1;
        var size = _partElements > 0 ? _partElements : Math.Clamp(rest / (8 * Environment.ProcessorCount), MinPartElements, MaxPartElements);
        var parts = new Part[(rest + size - 1) / size];
        var failed = parts.Length;
        try
        {
            Parallel.For(0, parts.Length, p =>
            {
                // A part after a failed one is not needed; one before it is (it may fail first).
                if (p > Volatile.Read(ref failed))
                {
                    return;
                }

                var start = 1 + (p * size);
                parts[p] = WritePart(items, element, start, Math.Min(items.Count, start + size), depth);
                if (parts[p].Error is not null)
                {
                    LowerTo(ref failed, p);
                }
            });
        }
        catch
        {
            Release(parts, 0);
            throw;
        }

        for (var p = 0; p < parts.Length; p++)
        {
            if (parts[p].Error is { } error)
            {
                Release(parts, p);
                error.Throw();
            }

            _buffer.Append(parts[p].Buffer!);
        }

        _writer.WriteEndArray();
    }

    /// <summary>Writes elements <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive) with a writer
    /// of their own, each preceded by its separator.</summary>
    private Part WritePart<T>(ValueList<T> items, ValueFormat<T> element, int start, int end, int depth)
    {
        var buffer = new SegmentedBuffer(PartChunkBytes);
        try
        {
            using var writer = new Utf8JsonWriter(buffer, _writer.Options);
            for (var i = 0; i < depth; i++)
            {
                writer.WriteStartArray();
            }

            writer.Flush();
            buffer.Reset();
            buffer.Write(","u8);
            var span = items.AsSpan();
            for (var i = start; i < end; i++)
            {
                JsonWrite.Element(writer, span[i], i, element);
            }

            writer.Flush();
            return new Part(buffer, null);
        }
        catch (Exception e)
        {
            return new Part(buffer, ExceptionDispatchInfo.Capture(e));
        }
    }

    /// <summary>Gives the buffers of parts <paramref name="from"/> on back to the pool.</summary>
    private static void Release(Part[] parts, int from)
    {
        for (var p = from; p < parts.Length; p++)
        {
            parts[p].Buffer?.Release();
        }
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

    /// <summary>A part written: its bytes, or the exception that stopped it.</summary>
    /// <param name="Buffer">The part's bytes (<see langword="null"/> for a part not written).</param>
    /// <param name="Error">The exception, if the part failed.</param>
    private readonly record struct Part(SegmentedBuffer? Buffer, ExceptionDispatchInfo? Error);
}
