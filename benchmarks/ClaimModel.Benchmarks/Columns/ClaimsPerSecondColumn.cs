using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ClaimModel.Benchmarks.Columns;

/// <summary>"claims/s": the number of claims divided by the mean time of one whole-corpus operation.</summary>
public sealed class ClaimsPerSecondColumn : ClaimsColumn
{
    /// <inheritdoc/>
    public override string Id => "ClaimModel.ClaimsPerSecond";

    /// <inheritdoc/>
    public override string ColumnName => "claims/s";

    /// <inheritdoc/>
    public override string Legend => "Claims processed per second: Claims / Mean";

    /// <inheritdoc/>
    protected override string? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, int claims, double meanNanoseconds) =>
        Format(claims / (meanNanoseconds / 1e9));
}
