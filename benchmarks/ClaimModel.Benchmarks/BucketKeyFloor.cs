namespace ClaimModel.Benchmarks;

/// <summary>The floor of any bucketing detector: one linear pass that reads and hashes each claim's and
/// denial's <see cref="BucketKey"/> (incident, statement kind, measure or named actor), and nothing more.
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
            hash = unchecked((hash * 31) + BucketKey.Of(claim).GetHashCode());
        }

        foreach (var denial in document.Denials)
        {
            hash = unchecked((hash * 31) + BucketKey.Of(denial).GetHashCode() + denial.DeniedClaims.Count);
        }

        return hash;
    }
}
