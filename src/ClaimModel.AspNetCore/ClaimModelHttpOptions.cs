using ClaimModel.Serialization;

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

    /// <summary>The limits every <see cref="ClaimModelBody{T}"/> — a document, a claim, a denial, … — is read within
    /// (default <see cref="ClaimReadLimits.Service"/>: 64 MiB, strings of 1,000,000 bytes, 1,000,000 array elements,
    /// depth 64). A body over its <see cref="ClaimReadLimits.MaxDocumentBytes"/> (or <see cref="MaxBodyBytes"/>,
    /// whichever is smaller) is refused with a 413 problem before it is parsed; a string, element count or depth over
    /// its limit is a 400 problem naming the JSON path, the limit and the value.</summary>
    public ClaimReadLimits ReadLimits { get; set; } = ClaimReadLimits.Service;
}
