using BenchmarkDotNet.Running;

namespace ClaimModel.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release -- [--sizes 1000,10000] [BenchmarkDotNet arguments]</c>, or
/// <c>--measure-memory [claims]</c> for the loaded-document memory measurement, or <c>--corpus-stats [claims]</c>
/// for the corpus shape and finding counts, or <c>--sql-peer-check [claims]</c> for the SQL peer's finding set
/// against the engine's, or <c>--hostile case n [consistent]</c> for one timed analysis of a
/// <see cref="HostileCorpus"/> case, or <c>--fan-out [incidents]</c> (<c>--fan-out-streamed [incidents]</c>: findings streamed) for the fan-out corpus analysed and rendered
/// (<see cref="FanOutRun"/>), or <c>--tracker [incidents]</c> for a tracker's supersede, retraction and late
/// identity link on it (<see cref="TrackerRun"/>), or <c>--batch [claims]</c> for one timed batch detection with the
/// findings unread, all read, and the disputes built (<see cref="BatchRun"/>), or <c>--quote-search [megabytes] [quotes]</c> for absent quotes
/// searched in a long source text (<see cref="QuoteSearchRun"/>), or <c>--json [claims]</c> for the corpus written and
/// read back as JSON, MB/s by wall and CPU time (<see cref="JsonRun"/>).</summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen by the arguments; non-zero when built in Debug, when a benchmark
    /// failed, or when a filter matched nothing.</summary>
    /// <param name="args">The command line.</param>
    public static int Main(string[] args)
    {
#if DEBUG
        Console.Error.WriteLine("error: ClaimModel.Benchmarks was built in Debug. BenchmarkDotNet gives no results for a Debug build");
        Console.Error.WriteLine("       (and would still exit 0). Run: dotnet run -c Release --project benchmarks/ClaimModel.Benchmarks -- <arguments>");
        return 2;
#else
        var rest = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sizes" when i + 1 < args.Length:
                    Environment.SetEnvironmentVariable(BenchmarkSizes.Variable, args[++i]);
                    break;
                case "--measure-memory":
                    return MemoryMeasurement.Run(SizeAfter(args, i, 1_000_000), Console.Out);
                case "--hostile" when i + 2 < args.Length:
                    return HostileRun.Run(args[i + 1], SizeAfter(args, i + 1, 100_000), i + 3 < args.Length && args[i + 3] == "consistent", Console.Out);
                case "--json":
                    return JsonRun.Run(SizeAfter(args, i, 1_000_000), Console.Out);
                case "--quote-search":
                    return QuoteSearchRun.Run(SizeAfter(args, i, 50), SizeAfter(args, i + 1, 1_000), Console.Out);
                case "--fan-out":
                    return FanOutRun.Run(SizeAfter(args, i, 5_000), Console.Out);
                case "--fan-out-streamed":
                    return FanOutRun.RunStreamed(SizeAfter(args, i, 5_000), Console.Out);
                case "--batch":
                    return BatchRun.Run(SizeAfter(args, i, 1_000_000), Console.Out);
                case "--tracker":
                    return TrackerRun.Run(SizeAfter(args, i, 5_000), Console.Out);
                case "--corpus-stats":
                    return CorpusStatistics.Run(SizeAfter(args, i, 10_000), Console.Out);
                case "--sql-peer-check":
                    return SqlPeer.SqlPeerCheck.Run(SizeAfter(args, i, 10_000), Console.Out);
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], new BenchmarkConfig()).ToList();
        var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)).Select(s => s.Title).ToList();
        foreach (var title in failed)
        {
            Console.Error.WriteLine($"error: benchmark run failed or reported errors: {title}");
        }

        if (rest.Contains("--filter") && summaries.Sum(s => s.Reports.Length) == 0)
        {
            Console.Error.WriteLine("error: the filter matched no benchmark");
            return 1;
        }

        return failed.Count == 0 ? 0 : 1;
#endif
    }

    private static int SizeAfter(string[] args, int index, int fallback) =>
        index + 1 < args.Length && int.TryParse(args[index + 1], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
