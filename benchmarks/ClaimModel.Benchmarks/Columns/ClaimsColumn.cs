using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ClaimModel.Benchmarks.Columns;

/// <summary>A summary column derived from a benchmark's mean time (or allocation) and its <c>Claims</c>
/// parameter, for benchmarks whose one invocation processes the whole corpus.</summary>
public abstract class ClaimsColumn : IColumn
{
    /// <summary>The name of the size parameter every benchmark class uses.</summary>
    public const string ClaimsParameter = "Claims";

    /// <inheritdoc/>
    public abstract string Id { get; }

    /// <inheritdoc/>
    public abstract string ColumnName { get; }

    /// <inheritdoc/>
    public abstract string Legend { get; }

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public virtual bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(c => Claims(c) is not null && AppliesTo(c));

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var claims = Claims(benchmarkCase);
        var mean = report?.ResultStatistics?.Mean;
        if (report is null || claims is null || mean is null || !AppliesTo(benchmarkCase))
        {
            return "-";
        }

        // A benchmark with OperationsPerInvoke > 1 already reports per claim: one operation is one claim.
        var claimsPerOperation = benchmarkCase.Descriptor.OperationsPerInvoke > 1 ? 1 : claims.Value;
        var value = Compute(report, benchmarkCase, claimsPerOperation, mean.Value);
        return value is null ? "-" : value;
    }

    /// <summary>Whether the column means something for this benchmark.</summary>
    /// <param name="benchmarkCase">The benchmark.</param>
    protected virtual bool AppliesTo(BenchmarkCase benchmarkCase) => true;

    /// <summary>The cell text.</summary>
    /// <param name="report">The benchmark's report.</param>
    /// <param name="benchmarkCase">The benchmark.</param>
    /// <param name="claims">The claims one operation processes: the corpus size, or 1 for a benchmark whose
    /// OperationsPerInvoke counts claims.</param>
    /// <param name="meanNanoseconds">The mean time of one operation, in nanoseconds.</param>
    protected abstract string? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, int claims, double meanNanoseconds);

    /// <summary>The <c>Claims</c> parameter of a benchmark, if it has one.</summary>
    /// <param name="benchmarkCase">The benchmark.</param>
    protected static int? Claims(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == ClaimsParameter)?.Value as int?;

    /// <summary>Formats a number with three significant digits, invariant culture.</summary>
    /// <param name="value">The number.</param>
    protected static string Format(double value) => value.ToString(value >= 100 ? "N0" : "0.##", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override string ToString() => ColumnName;
}
