using BenchmarkDotNet.Attributes;
using ClaimModel.Engine;

namespace ClaimModel.Benchmarks;

/// <summary>Batch detection of the <see cref="HostileCorpus"/> cases that used to be quadratic: 100,000 agreeing figures
/// or perpetrators in one incident (with and without consistent comparisons) and one claim on a 1,000,000-long
/// affiliation chain. Targets: ≤ 1 s, ≤ 2 s and ≤ 500 MB with consistent comparisons, ≤ 2 s for the chain.
/// Not sized by <c>--sizes</c> (the sizes are the cases').</summary>
[MemoryDiagnoser]
public class HostileBenchmarks
{
    private ClaimDocument _document = null!;
    private DetectionOptions _options = null!;

    /// <summary>The case and its size.</summary>
    [Params("agreeing-figures 100000", "agreeing-perpetrators 100000", "chain-one-claim 1000000")]
    public string Case { get; set; } = string.Empty;

    /// <summary>Whether consistent comparisons are kept (as <c>claimmodel analyze</c> does).</summary>
    [Params(false, true)]
    public bool Consistent { get; set; }

    /// <summary>Builds the case.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var parts = Case.Split(' ');
        _document = HostileCorpus.Build(parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        _options = DetectionOptions.Default with { IncludeConsistentComparisons = Consistent };
    }

    /// <summary>One analysis; returns the findings kept plus the consistent comparisons kept.</summary>
    [Benchmark]
    public int Analyze()
    {
        var report = ContradictionDetector.Analyze(_document, _options);
        return report.Findings.Count + report.ConsistentComparisons.Count;
    }
}
