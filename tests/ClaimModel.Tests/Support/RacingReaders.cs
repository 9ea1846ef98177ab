namespace ClaimModel.Tests.Support;

/// <summary>Several threads released at once by a barrier, each walking the same items and checking each: for tests of
/// values built on first read by whichever thread comes first.</summary>
internal static class RacingReaders
{
    /// <summary>Runs <paramref name="threads"/> long-running readers over items 0 to <paramref name="count"/> − 1, all
    /// started together; <paramref name="matches"/> (thread, step) reads one item and says whether it is as expected.
    /// Gives each reader's count of mismatches.</summary>
    public static async Task<int[]> Run(int threads, int count, Func<int, int, bool> matches)
    {
        using var start = new Barrier(threads);
        var readers = Enumerable.Range(0, threads).Select(t => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            var mismatches = 0;
            for (var i = 0; i < count; i++)
            {
                mismatches += matches(t, i) ? 0 : 1;
            }

            return mismatches;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        return await Task.WhenAll(readers);
    }
}
