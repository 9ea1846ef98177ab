namespace ClaimModel.Engine;

/// <summary>Detects a second writer: <see cref="Enter"/> marks the calling thread as the one writer (an
/// <see cref="Interlocked"/> compare-and-swap of its managed thread id) until the returned scope is disposed, and
/// throws <see cref="InvalidOperationException"/> on any other thread that enters meanwhile — before that thread
/// has touched anything, so the writer that was first finishes intact. The writer's own nested calls
/// (<see cref="ContradictionIndex.AddDocument"/> calling <see cref="ContradictionIndex.AddActor"/>) pass.</summary>
/// <remarks>Detection, not locking: two writers that do not overlap in time are not noticed (they do no harm), and
/// the check costs one interlocked operation per call.</remarks>
internal sealed class WriterGuard
{
    private int _writer;

    /// <summary>Enters as the writer; dispose the scope to leave.</summary>
    /// <exception cref="InvalidOperationException">Another thread is writing.</exception>
    public Scope Enter()
    {
        var me = Environment.CurrentManagedThreadId;
        var writer = Interlocked.CompareExchange(ref _writer, me, 0);
        if (writer == 0)
        {
            return new Scope(this);
        }

        if (writer == me)
        {
            return default;
        }

        throw new InvalidOperationException(
            "ContradictionIndex has one writer: an Add… method was called while another thread was adding. Call the Add… "
            + "methods from one thread at a time (GetReport may be called from any thread), or use "
            + "SynchronizedContradictionIndex, which serialises writers.");
    }

    /// <summary>The writer's hold on the guard; <see langword="default"/> for a nested call, which leaves nothing.</summary>
    public readonly ref struct Scope
    {
        private readonly WriterGuard? _guard;

        internal Scope(WriterGuard guard) => _guard = guard;

        /// <summary>Leaves the guard (outermost scope only).</summary>
        public void Dispose()
        {
            if (_guard is not null)
            {
                Volatile.Write(ref _guard._writer, 0);
            }
        }
    }
}
