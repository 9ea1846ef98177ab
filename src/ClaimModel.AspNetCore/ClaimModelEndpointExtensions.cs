using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ClaimModel.AspNetCore;

/// <summary>Endpoint conventions for ClaimModel request bodies.</summary>
public static class ClaimModelEndpointExtensions
{
    /// <summary>Adds a filter that checks the endpoint's ClaimModel arguments before it runs: a
    /// <see cref="ClaimModelBody{T}"/> that could not be read is answered with its problem (400 with reason, JSON path,
    /// line and position; 413; 415), and a <see cref="ClaimDocument"/> — in a <see cref="ClaimModelBody{T}"/> or bound
    /// as a plain parameter — that is not valid (<see cref="ClaimModel.Validation.ClaimValidation"/>) with a 400
    /// validation problem (<see cref="ClaimModelProblems.Invalid"/>). Other arguments pass untouched.</summary>
    /// <typeparam name="TBuilder">The endpoint builder type.</typeparam>
    /// <param name="builder">The endpoint (or group) builder.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static TBuilder WithClaimModelValidation<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter(ClaimModelValidationFilter.Instance);
    }
}
