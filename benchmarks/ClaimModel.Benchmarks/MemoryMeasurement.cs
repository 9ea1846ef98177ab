using System.Diagnostics;
using System.Globalization;

namespace ClaimModel.Benchmarks;

/// <summary>The <c>--measure-memory [claims]</c> mode: generation time, and the managed heap held by a
/// document of that size, measured as the growth of <see cref="GC.GetTotalMemory(bool)"/> after full
/// collections, in MB (10^6 bytes).</summary>
public static class MemoryMeasurement
{
    /// <summary>Measures and prints; returns the process exit code.</summary>
    /// <param name="claims">The corpus size.</param>
    /// <param name="output">Where to print.</param>
    public static int Run(int claims, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var before = Settle();
        var clock = Stopwatch.StartNew();
        var document = Corpus.Generate(claims);
        clock.Stop();
        var generated = Settle() - before;
        Print(output, $"claims: {claims:N0}, denials: {document.Denials.Count:N0}, sources: {document.Sources.Count:N0}, incidents: {document.Incidents.Count:N0}");
        Print(output, $"generation time: {clock.Elapsed.TotalMilliseconds:N0} ms");
        Print(output, $"generated document in memory: {generated / 1e6:N1} MB ({(double)generated / claims:N0} B/claim)");
        GC.KeepAlive(document);
        return 0;
    }

    private static long Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static void Print(TextWriter output, FormattableString line) => output.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
