namespace ClaimModel.Benchmarks;

/// <summary>The bucket key of a claim or denial as DESIGN.md states it: incident, statement kind, and the
/// figure's measure or the named actor. Used by the floor (hash each key once) and by the naive all-pairs
/// comparer (compare keys of every pair).</summary>
/// <param name="Incident">The incident id, if any.</param>
/// <param name="Kind">The statement kind, if there is a statement.</param>
/// <param name="Detail">The measure (quantity) or actor (responsibility, presence), else <see langword="null"/>.</param>
public readonly record struct BucketKey(string? Incident, StatementKind? Kind, string? Detail)
{
    /// <summary>The key of a claim.</summary>
    /// <param name="claim">The claim.</param>
    public static BucketKey Of(Claim claim) => Of(claim.Incident, claim.Statements[0]);

    /// <summary>The key of a denial's statement (kind and detail are <see langword="null"/> for a denial by id only).</summary>
    /// <param name="denial">The denial.</param>
    public static BucketKey Of(Denial denial) => Of(denial.Incident, denial.Statement);

    /// <summary>Whether two claims are compared by a detector: the same incident and either the same key, or a
    /// responsibility and a presence statement naming the same actor (presence conflicts). Free text is never
    /// compared.</summary>
    /// <param name="a">One key.</param>
    /// <param name="b">The other key.</param>
    public static bool Comparable(BucketKey a, BucketKey b)
    {
        if (a.Incident is null || a.Kind is null or StatementKind.Text || !string.Equals(a.Incident, b.Incident, StringComparison.Ordinal))
        {
            return false;
        }

        if (a.Kind == b.Kind)
        {
            return string.Equals(a.Detail, b.Detail, StringComparison.Ordinal);
        }

        return a.Kind is StatementKind.Responsibility or StatementKind.Presence
            && b.Kind is StatementKind.Responsibility or StatementKind.Presence
            && string.Equals(a.Detail, b.Detail, StringComparison.Ordinal);
    }

    private static BucketKey Of(string? incident, Statement? statement) => new(
        incident,
        statement?.Kind,
        statement switch
        {
            ResponsibilityStatement r => r.Actors[0],
            PresenceStatement p => p.Actors[0],
            QuantityStatement q => q.Figure.Measure,
            _ => null,
        });
}
