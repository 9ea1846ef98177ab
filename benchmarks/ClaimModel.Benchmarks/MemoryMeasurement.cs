using System.Diagnostics;
using System.Globalization;
using ClaimModel.Serialization;

namespace ClaimModel.Benchmarks;

/// <summary>The <c>--measure-memory [claims]</c> mode: generation time; the managed heap held by the generated
/// document and by the same document loaded from its JSON payload, each measured as the growth of
/// <see cref="GC.GetTotalMemory(bool)"/> across full compacting collections; the payload size. MB = 10^6 bytes.
/// The loaded figure is the one the "loaded 1M doc ≤ 1 GB" target is about (generated documents share
/// strings that a loaded one cannot).</summary>
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
        ClaimDocument? document = Corpus.Generate(claims);
        clock.Stop();
        var generated = Settle() - before;
        Print(output, $"claims: {claims:N0}, denials: {document.Denials.Count:N0}, sources: {document.Sources.Count:N0}, incidents: {document.Incidents.Count:N0}");
        Print(output, $"generation time: {clock.Elapsed.TotalMilliseconds:N0} ms");
        Print(output, $"generated document in memory: {generated / 1e6:N1} MB ({(double)generated / claims:N0} B/claim)");

        var payload = CorpusPayload.Of(document);
        document = null;
        var baseline = Settle();
        clock.Restart();
        var loaded = ClaimJson.Deserialize(payload);
        clock.Stop();
        var held = Settle() - baseline;
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        Print(output, $"JSON payload (not indented): {payload.LongLength / 1e6:N1} MB ({(double)payload.LongLength / claims:N0} B/claim)");
        Print(output, $"read time: {clock.Elapsed.TotalMilliseconds:N0} ms");
        Print(output, $"loaded document in memory: {held / 1e6:N1} MB ({(double)held / claims:N0} B/claim); GC heap after load: {info.HeapSizeBytes / 1e6:N1} MB (includes the {payload.LongLength / 1e6:N1} MB payload)");
        GC.KeepAlive(loaded);
        GC.KeepAlive(payload);
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
