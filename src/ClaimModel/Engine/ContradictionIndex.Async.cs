namespace ClaimModel.Engine;

/// <summary>Adding streams of claims and denials (<see cref="ClaimModel.Serialization.ClaimJsonStream"/>), with the new
/// findings coming out as they are found.</summary>
public sealed partial class ContradictionIndex
{
    /// <summary>Adds the claims of <paramref name="claims"/> one by one (<see cref="AddClaim"/>) as the caller enumerates,
    /// and yields the findings each one creates, in report order, right after adding it. The index stays single-writer:
    /// do not add to it from elsewhere while this runs (<see cref="SynchronizedContradictionIndex"/> for many writers).</summary>
    /// <param name="claims">The claims, for example <see cref="ClaimModel.Serialization.ClaimJsonStream.ReadClaimsAsync(Stream, ClaimModel.Serialization.ClaimStreamFormat, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration (between claims).</param>
    /// <returns>The new findings. A claim that cannot be added ends the enumeration with its exception; the claims before
    /// it stay added.</returns>
    public IAsyncEnumerable<Finding> AddClaimsAsync(IAsyncEnumerable<Claim> claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return AsyncAdds.Each(claims, AddClaim, cancellationToken);
    }

    /// <summary>Adds the denials of <paramref name="denials"/> one by one (<see cref="AddDenial"/>) as the caller
    /// enumerates, and yields the findings each one creates right after adding it (as <see cref="AddClaimsAsync"/>).</summary>
    /// <param name="denials">The denials, for example <see cref="ClaimModel.Serialization.ClaimJsonStream.ReadDenialsAsync(Stream, ClaimModel.Serialization.ClaimStreamFormat, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration (between denials).</param>
    /// <returns>The new findings.</returns>
    public IAsyncEnumerable<Finding> AddDenialsAsync(IAsyncEnumerable<Denial> denials, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(denials);
        return AsyncAdds.Each(denials, AddDenial, cancellationToken);
    }
}
