namespace ClaimModel.Engine;

/// <summary>The report sort key: incident (ordinal, none first), kind (declaration order), then participant
/// ids in canonical order (ordinal, element by element, shorter first). Consistent comparisons are sorted by the
/// same key (<see cref="ConsistentComparisonOrder"/>).</summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    /// <summary>The one instance.</summary>
    public static readonly FindingOrder Instance = new();

    /// <inheritdoc/>
    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        return Compare(x.Incident, (int)x.Kind, x.Participants.AsSpan(), y.Incident, (int)y.Kind, y.Participants.AsSpan());
    }

    /// <summary>The sort key over its parts: incident, kind, then participants.</summary>
    public static int Compare(string? incidentX, int kindX, ReadOnlySpan<FindingParticipant> a, string? incidentY, int kindY, ReadOnlySpan<FindingParticipant> b)
    {
        var order = string.CompareOrdinal(incidentX, incidentY);
        if (order != 0)
        {
            return order;
        }

        order = kindX.CompareTo(kindY);
        if (order != 0)
        {
            return order;
        }

        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            order = string.CompareOrdinal(a[i].Id, b[i].Id);
            if (order != 0)
            {
                return order;
            }

            order = a[i].Role.CompareTo(b[i].Role);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
