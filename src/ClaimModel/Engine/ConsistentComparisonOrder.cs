namespace ClaimModel.Engine;

/// <summary>The sort key of <see cref="ContradictionReport.ConsistentComparisons"/>: incident (ordinal, none
/// first), kind (declaration order), then participant ids — the key of <see cref="FindingOrder"/>.</summary>
internal sealed class ConsistentComparisonOrder : IComparer<ConsistentComparison>
{
    /// <summary>The one instance.</summary>
    public static readonly ConsistentComparisonOrder Instance = new();

    /// <inheritdoc/>
    public int Compare(ConsistentComparison? x, ConsistentComparison? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        return FindingOrder.Compare(x.Incident, (int)x.Kind, x.Participants.AsSpan(), y.Incident, (int)y.Kind, y.Participants.AsSpan());
    }
}
