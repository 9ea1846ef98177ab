using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ClaimModel.Benchmarks.Columns;

/// <summary>"ns/claim": the mean time of one whole-corpus operation divided by the number of claims.</summary>
public sealed class TimePerClaimColumn : ClaimsColumn
{
    /// <inheritdoc/>
    public override string Id => "ClaimModel.TimePerClaim";

    /// <inheritdoc/>
    public override string ColumnName => "ns/claim";

    /// <inheritdoc/>
    public override string Legend => "Mean time per claim: Mean / Claims (nanoseconds)";

    /// <inheritdoc/>
    protected override string? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, int claims, double meanNanoseconds) =>
        Format(meanNanoseconds / claims);
}
