using ClaimModel.Validation;
using Microsoft.AspNetCore.Http;

namespace ClaimModel.AspNetCore;

/// <summary>The endpoint filter of <see cref="ClaimModelEndpointExtensions.WithClaimModelValidation{TBuilder}"/>: answers
/// a <see cref="ClaimModelBody{T}"/> that could not be read with its problem, and a <see cref="ClaimDocument"/> argument
/// (bound either way) that is not valid with a validation problem; otherwise calls the endpoint.</summary>
internal sealed class ClaimModelValidationFilter : IEndpointFilter
{
    /// <summary>The one instance (the filter holds no state).</summary>
    public static readonly ClaimModelValidationFilter Instance = new();

    /// <inheritdoc/>
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var argument in context.Arguments)
        {
            var value = argument;
            if (argument is IClaimModelBody body)
            {
                if (body.Problem is { } problem)
                {
                    return TypedResults.Problem(problem);
                }

                value = body.RawValue;
            }

            if (value is ClaimDocument document)
            {
                var outcome = ClaimValidation.Validate(document, null, context.HttpContext.RequestAborted);
                if (!outcome.IsValid)
                {
                    return TypedResults.Problem(ClaimModelProblems.Invalid(outcome));
                }
            }
        }

        return await next(context).ConfigureAwait(false);
    }
}
