namespace ClaimModel.Engine;

/// <summary>Adding streams of claims and denials from many requests at once.</summary>
public sealed partial class SynchronizedContradictionIndex
{
    /// <summary>Adds the claims of <paramref name="claims"/> one by one, each under the lock (<see cref="AddClaim"/>), and
    /// yields the findings each one creates. The lock is never held while the stream is read or a finding is handed
    /// out, so other writers interleave between claims.</summary>
    /// <param name="claims">The claims, for example <see cref="ClaimModel.Serialization.ClaimJsonStream.ReadClaimsAsync(Stream, ClaimModel.Serialization.ClaimStreamFormat, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration (between claims).</param>
    /// <returns>The new findings. A claim that cannot be added ends the enumeration with its exception; the claims before
    /// it stay added.</returns>
    public IAsyncEnumerable<Finding> AddClaimsAsync(IAsyncEnumerable<Claim> claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return AsyncAdds.Each(claims, AddClaim, cancellationToken);
    }

    /// <summary>Adds the denials of <paramref name="denials"/> one by one, each under the lock (<see cref="AddDenial"/>),
    /// and yields the findings each one creates (as <see cref="AddClaimsAsync"/>).</summary>
    /// <param name="denials">The denials, for example <see cref="ClaimModel.Serialization.ClaimJsonStream.ReadDenialsAsync(Stream, ClaimModel.Serialization.ClaimStreamFormat, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration (between denials).</param>
    /// <returns>The new findings.</returns>
    public IAsyncEnumerable<Finding> AddDenialsAsync(IAsyncEnumerable<Denial> denials, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(denials);
        return AsyncAdds.Each(denials, AddDenial, cancellationToken);
    }
}
