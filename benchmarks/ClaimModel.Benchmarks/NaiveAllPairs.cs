namespace ClaimModel.Benchmarks;

/// <summary>What detection costs without buckets: every pair of claims, and every (denial, claim) pair, is
/// tested with the pairing criterion (<see cref="BucketKey.Comparable"/>; for denials: the claim's id is
/// denied, or the same incident and an equal statement). It only counts the pairs a detector would then
/// compare, so it is a lower bound for any all-pairs detector: O(n²) however few pairs match.</summary>
public static class NaiveAllPairs
{
    /// <summary>Counts the comparable pairs of <paramref name="document"/> by testing all pairs.</summary>
    /// <param name="document">The document.</param>
    public static long CountComparablePairs(ClaimDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var claims = document.Claims.AsSpan();
        var keys = new BucketKey[claims.Length];
        for (var i = 0; i < claims.Length; i++)
        {
            keys[i] = BucketKey.Of(claims[i]);
        }

        long pairs = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            for (var j = i + 1; j < keys.Length; j++)
            {
                if (BucketKey.Comparable(keys[i], keys[j]))
                {
                    pairs++;
                }
            }
        }

        foreach (var denial in document.Denials)
        {
            for (var i = 0; i < claims.Length; i++)
            {
                var claim = claims[i];
                if (denial.DeniedClaims.AsSpan().Contains(claim.Id)
                    || (denial.Statement is not null && string.Equals(denial.Incident, claim.Incident, StringComparison.Ordinal) && denial.Statement.Equals(claim.Statements[0])))
                {
                    pairs++;
                }
            }
        }

        return pairs;
    }
}
