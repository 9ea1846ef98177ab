using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ClaimModel.AspNetCore;

/// <summary>A request body read by <see cref="ClaimModelBody{T}"/>, seen without its type argument (for the
/// endpoint filter).</summary>
internal interface IClaimModelBody
{
    /// <summary>The problem that stopped the body from being read, or <see langword="null"/> when it was read.</summary>
    ProblemDetails? Problem { get; }

    /// <summary>The value read, or <see langword="null"/> when <see cref="Problem"/> is set.</summary>
    object? RawValue { get; }
}
