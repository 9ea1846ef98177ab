using System.Globalization;

namespace ClaimModel.Benchmarks;

/// <summary>The corpus sizes benchmarks run at (claims): 1k, 10k, 100k and 1M, or the comma-separated list in
/// the environment variable <c>CLAIMMODEL_BENCH_SIZES</c> (set by <c>--sizes</c>; BenchmarkDotNet's child
/// processes inherit it), so CI can run every benchmark at the smallest size only.</summary>
public static class BenchmarkSizes
{
    /// <summary>The environment variable restricting the sizes.</summary>
    public const string Variable = "CLAIMMODEL_BENCH_SIZES";

    /// <summary>The largest size the naive all-pairs comparer runs at.</summary>
    public const int AllPairsLimit = 10_000;

    /// <summary>The seed of every generated corpus.</summary>
    public const int Seed = 42;

    /// <summary>The default sizes.</summary>
    public static readonly int[] Default = [1_000, 10_000, 100_000, 1_000_000];

    /// <summary>The selected sizes.</summary>
    public static IEnumerable<int> All()
    {
        var text = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture))
            .ToArray();
    }

    /// <summary>The selected sizes up to <see cref="AllPairsLimit"/>.</summary>
    public static IEnumerable<int> UpToAllPairsLimit() => All().Where(n => n <= AllPairsLimit);
}
