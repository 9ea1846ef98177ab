namespace ClaimModel.Engine;

/// <summary>The report sort key: incident (ordinal, none first), kind (declaration order), then participant
/// ids in canonical order (ordinal, element by element, shorter first).</summary>
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

        var order = string.CompareOrdinal(x.Incident, y.Incident);
        if (order != 0)
        {
            return order;
        }

        order = x.Kind.CompareTo(y.Kind);
        if (order != 0)
        {
            return order;
        }

        var a = x.Participants.AsSpan();
        var b = y.Participants.AsSpan();
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
