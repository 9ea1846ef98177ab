using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ClaimModel.Benchmarks.Columns;

/// <summary>"B/claim": bytes allocated by one whole-corpus operation divided by the number of claims
/// (needs the memory diagnoser).</summary>
public sealed class AllocatedPerClaimColumn : ClaimsColumn
{
    /// <inheritdoc/>
    public override string Id => "ClaimModel.AllocatedPerClaim";

    /// <inheritdoc/>
    public override string ColumnName => "B/claim";

    /// <inheritdoc/>
    public override string Legend => "Managed bytes allocated per claim: Allocated / Claims";

    /// <inheritdoc/>
    protected override string? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, int claims, double meanNanoseconds)
    {
        var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return bytes is null ? null : Format((double)bytes.Value / claims);
    }
}
