namespace ClaimModel.Benchmarks;

/// <summary>The floor of any bucketing detector: one linear pass that reads and hashes each claim's and
/// denial's bucket-key fields (incident, statement kind, and the measure or named actor), and nothing more.
/// Detection cannot be cheaper than this, so "Ratio" against it reads "× the floor".</summary>
public static class BucketKeyFloor
{
    /// <summary>Hashes every bucket key of <paramref name="document"/>.</summary>
    /// <param name="document">The document.</param>
    /// <returns>A combined hash (returned so the work cannot be optimised away).</returns>
    public static int Touch(ClaimDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = 0;
        foreach (var claim in document.Claims)
        {
            hash = unchecked((hash * 31) + Key(claim.Incident, claim.Statement));
        }

        foreach (var denial in document.Denials)
        {
            hash = unchecked((hash * 31) + Key(denial.Incident, denial.Statement) + denial.DeniedClaims.Count);
        }

        return hash;
    }

    private static int Key(string? incident, Statement? statement)
    {
        var detail = statement switch
        {
            ResponsibilityStatement r => r.Actor,
            PresenceStatement p => p.Actor,
            QuantityStatement q => q.Figure.Measure,
            _ => null,
        };
        return HashCode.Combine(incident is null ? 0 : string.GetHashCode(incident, StringComparison.Ordinal), statement?.Kind, detail is null ? 0 : string.GetHashCode(detail, StringComparison.Ordinal));
    }
}
