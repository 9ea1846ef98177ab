using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using ClaimModel.Benchmarks.Columns;

namespace ClaimModel.Benchmarks;

/// <summary>The configuration every run uses: the default job (or the one given with <c>--job</c>), the
/// memory diagnoser, the per-claim and throughput columns, ratios against each size's baseline, and
/// GitHub-markdown reports in <c>BenchmarkDotNet.Artifacts/results</c>.</summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new TimePerClaimColumn(), new AllocatedPerClaimColumn(), new ClaimsPerSecondColumn(), new MegabytesPerSecondColumn());
        AddExporter(MarkdownExporter.GitHub);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByParams);
    }
}
