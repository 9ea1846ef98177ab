using System.Globalization;
using System.Runtime;
using ClaimModel.Serialization;

namespace ClaimModel.Benchmarks;

/// <summary>The <c>--json [claims]</c> mode: the corpus written to UTF-8 bytes and read back, each five times after
/// one warm-up, every run timed (<see cref="SingleRun"/>); prints MB/s by wall-clock and by process CPU time (a
/// shared machine disturbs CPU time less) and the garbage collector in use (workstation or server: set
/// <c>DOTNET_gcServer=1</c> to compare; ASP.NET Core services run the server collector by default).</summary>
public static class JsonRun
{
    private const int Runs = 5;

    /// <summary>Generates, writes, reads and prints; returns the process exit code.</summary>
    /// <param name="claims">The corpus size.</param>
    /// <param name="output">Where to print.</param>
    public static int Run(int claims, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var document = Corpus.Generate(claims);
        var payload = ClaimJson.SerializeToUtf8Bytes(document);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"json {claims:N0} claims, payload {payload.Length / 1e6:N1} MB, {(GCSettings.IsServerGC ? "server" : "workstation")} GC ({(GCSettings.LatencyMode)})"));
        Report("write", payload.Length, () => ClaimJson.SerializeToUtf8Bytes(document), output);
        document = null;
        Report("read", payload.Length, () => ClaimJson.Deserialize(payload), output);
        return 0;
    }

    private static void Report(string name, long bytes, Func<object> work, TextWriter output)
    {
        object? kept = work(); // warm-up
        kept = null;
        var wall = new List<double>();
        var cpu = new List<double>();
        long allocated = 0;
        var collections = new int[3];
        for (var i = 0; i < Runs; i++)
        {
            var before = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
            var run = SingleRun.Measure(() => kept = work());
            for (var g = 0; g < 3; g++)
            {
                collections[g] = GC.CollectionCount(g) - before[g] - 1; // SingleRun collects once before the work
            }

            kept = null;
            wall.Add(bytes / 1e6 / run.Wall.TotalSeconds);
            cpu.Add(bytes / 1e6 / run.Cpu.TotalSeconds);
            allocated = run.Allocated;
        }

        GC.KeepAlive(kept);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {name}: by wall {wall.Min():N0}-{wall.Max():N0} MB/s (median {wall.Order().ElementAt(Runs / 2):N0}), by CPU {cpu.Min():N0}-{cpu.Max():N0} MB/s (median {cpu.Order().ElementAt(Runs / 2):N0}), allocated {allocated:N0} B per run, collections of generation 0/1/2 in the last run {collections[0]}/{collections[1]}/{collections[2]}"));
    }
}
