namespace ClaimModel.AspNetCore;

/// <summary>Limits for request bodies read by <see cref="ClaimModelBody{T}"/>; set them with
/// <see cref="ClaimModelServiceCollectionExtensions.AddClaimModel(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{ClaimModelHttpOptions}?)"/>.</summary>
public sealed class ClaimModelHttpOptions
{
    /// <summary>The default of <see cref="MaxBodyBytes"/>: 64 MiB.</summary>
    public const long DefaultMaxBodyBytes = 64L * 1024 * 1024;

    /// <summary>The largest body read, in bytes; a longer one is refused with a 413 problem before it is parsed.
    /// The server's own limit (Kestrel: about 28.6 MiB unless configured) applies too.</summary>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;
}
