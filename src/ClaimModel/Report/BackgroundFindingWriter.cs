using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using ClaimModel.Engine;
using ClaimModel.Serialization;

namespace ClaimModel.Reporting;

/// <summary>Writes streamed findings as the elements of a JSON array on a second thread while the analysis that finds
/// them goes on on the calling thread: building a finding's explanation and its JSON costs about as much again as
/// finding it, so the two overlap on two cores. The bytes reach the sink on the calling thread (each time a batch of
/// findings is handed over, and in <see cref="Complete"/>), in the order the findings were added: the output is the same,
/// byte for byte, as writing each finding where it is found.</summary>
/// <remarks>The second thread starts with the first full batch (<see cref="BatchSize"/> findings), so a small analysis
/// writes on the calling thread only, as it does on a single core. At most <see cref="BatchesInFlight"/> batches wait
/// for the writer (the analysis waits for it beyond that), so memory stays bounded. The writer reads only what a
/// finding fixed when it was made (<see cref="FindingExplanation"/>), so it is safe beside the analysis. An exception of
/// the writer (the sink's, say) stops the analysis at its next hand-over and is rethrown on the calling thread; an
/// exception of the analysis stops the writer (<see cref="Dispose"/>).</remarks>
internal sealed class BackgroundFindingWriter : IDisposable
{
    /// <summary>Findings handed over at once.</summary>
    private const int BatchSize = 256;

    /// <summary>Batches that may wait for the writer.</summary>
    private const int BatchesInFlight = 16;

    private readonly JsonOutput _output;
    private readonly Action<Utf8JsonWriter, Finding> _write;
    /// <summary>The size of the arrays the writer hands its bytes back in (more when one value is longer).</summary>
    private const int ChunkSize = 64 * 1024;

    private readonly ConcurrentQueue<(byte[] Bytes, int Length)> _written = new();
    private readonly ConcurrentQueue<byte[]> _free = new();
    private readonly Func<int, byte[]> _rent;
    private readonly CancellationTokenSource _stop = new();
    private BlockingCollection<Finding[]>? _batches;
    private Thread? _thread;
    private Finding[] _batch = new Finding[BatchSize];
    private int _count;
    private ExceptionDispatchInfo? _failure;

    /// <summary>A writer of findings to <paramref name="output"/> with <paramref name="write"/>, which writes one finding
    /// as the next element of the array open in <see cref="JsonOutput.Json"/>.</summary>
    /// <param name="output">The output; nothing else writes to its JSON writer until <see cref="Complete"/> returns.</param>
    /// <param name="write">Writes one finding.</param>
    public BackgroundFindingWriter(JsonOutput output, Action<Utf8JsonWriter, Finding> write)
    {
        _output = output;
        _write = write;
        _rent = Rent;
    }

    /// <summary>Adds the next finding (on the calling thread).</summary>
    /// <param name="finding">The finding.</param>
    public void Add(Finding finding)
    {
        _batch[_count++] = finding;
        if (_count < BatchSize)
        {
            return;
        }

        if (_thread is null && Environment.ProcessorCount > 1)
        {
            _batches = new BlockingCollection<Finding[]>(BatchesInFlight);
            _thread = new Thread(Run) { IsBackground = true, Name = "ClaimModel finding writer" };
            _thread.Start();
        }

        if (_thread is null)
        {
            WriteHere(_batch);
        }
        else
        {
            Send(_batch);
            _batch = new Finding[BatchSize];
        }

        _count = 0;
    }

    /// <summary>Writes the findings not yet written and passes their bytes on, on the calling thread (the bytes of the
    /// last findings may stay pending in the JSON writer, which is the caller's again); rethrows an exception of the
    /// writer.</summary>
    public void Complete()
    {
        if (_thread is null)
        {
            WriteHere(_batch.AsSpan(0, _count));
        }
        else
        {
            if (_count > 0)
            {
                Send(_batch[.._count]);
            }

            _batches!.CompleteAdding();
            _thread.Join();
            _thread = null;
            PassWritten();
            _failure?.Throw();
        }

        _count = 0;
    }

    /// <summary>Stops the writer if it still runs (the analysis failed) and gives back what it holds.</summary>
    public void Dispose()
    {
        if (_thread is not null)
        {
            _stop.Cancel();
            _thread.Join();
            _thread = null;
        }

        _written.Clear();
        _free.Clear();
        _batches?.Dispose();
        _stop.Dispose();
    }

    /// <summary>Writes findings on the calling thread, as the writer would, passing the bytes on as it goes.</summary>
    private void WriteHere(ReadOnlySpan<Finding> findings)
    {
        foreach (var finding in findings)
        {
            _write(_output.Json, finding);
            _output.MaybeDrain();
        }
    }

    /// <summary>Hands a batch to the writer (waiting while it is behind), then passes on what it wrote.</summary>
    private void Send(Finding[] batch)
    {
        try
        {
            _batches!.Add(batch, _stop.Token);
        }
        catch (OperationCanceledException) when (_failure is not null)
        {
            // The writer failed: its exception, not the cancellation, is what the caller sees.
            _thread!.Join();
            _thread = null;
            _failure.Throw();
        }

        PassWritten();
    }

    private void PassWritten()
    {
        while (_written.TryDequeue(out var chunk))
        {
            _output.Pass(chunk.Bytes.AsSpan(0, chunk.Length));
            _free.Enqueue(chunk.Bytes);
        }
    }

    /// <summary>An array the bytes passed on before gave back, else a new one: the writer's arrays go round between the
    /// two threads (as many as are in flight at once), so the shared pool's per-thread caches are not needed.</summary>
    private byte[] Rent(int length)
    {
        while (_free.TryDequeue(out var bytes))
        {
            if (bytes.Length >= length)
            {
                return bytes;
            }
        }

        return new byte[Math.Max(length, ChunkSize)];
    }

    /// <summary>The writer thread: writes each batch, handing the bytes back every 16 KiB or so.</summary>
    private void Run()
    {
        try
        {
            foreach (var batch in _batches!.GetConsumingEnumerable(_stop.Token))
            {
                foreach (var finding in batch)
                {
                    if (_stop.IsCancellationRequested)
                    {
                        return; // stopped by Dispose
                    }

                    _write(_output.Json, finding);
                    if (_output.TakePending(_rent) is { } chunk)
                    {
                        _written.Enqueue(chunk);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested && _failure is null)
        {
            // Stopped by Dispose: the analysis failed.
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
            _stop.Cancel();
        }
    }
}
