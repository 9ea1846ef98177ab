using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ClaimModel.Benchmarks.Columns;

/// <summary>"MB/s" for the JSON benchmarks: the payload size of the corpus (UTF-8 JSON, not indented; see
/// <see cref="CorpusPayload"/>) divided by the mean time of one write or read. MB = 10^6 bytes.</summary>
public sealed class MegabytesPerSecondColumn : ClaimsColumn
{
    /// <inheritdoc/>
    public override string Id => "ClaimModel.MegabytesPerSecond";

    /// <inheritdoc/>
    public override string ColumnName => "MB/s";

    /// <inheritdoc/>
    public override string Legend => "JSON payload megabytes (10^6 B) written or read per second";

    /// <inheritdoc/>
    protected override bool AppliesTo(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.Type == typeof(JsonBenchmarks);

    /// <inheritdoc/>
    protected override string? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, int claims, double meanNanoseconds) =>
        Format(CorpusPayload.Bytes(Claims(benchmarkCase)!.Value) / 1e6 / (meanNanoseconds / 1e9));
}
