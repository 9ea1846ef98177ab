using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace ClaimModel.AspNetCore;

/// <summary>Answers JSON errors that escape an endpoint with a problem (the handler <c>AddClaimModel()</c> registers;
/// it runs inside <c>app.UseExceptionHandler()</c>): a body bound by System.Text.Json that cannot be read
/// (<see cref="BadHttpRequestException"/> with a <see cref="JsonException"/> inside — minimal APIs throw it because
/// <c>AddClaimModel()</c> turns on <c>RouteHandlerOptions.ThrowOnBadRequest</c>), a <see cref="JsonException"/>
/// itself, or a <see cref="ClaimModelBody{T}.Value"/> read although the body was refused. Other exceptions pass to the
/// next handler.</summary>
internal sealed class ClaimModelExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ClaimModelBodyException body => body.Problem,
            BadHttpRequestException { InnerException: JsonException json } => ClaimModelProblems.Malformed(json),
            JsonException json => ClaimModelProblems.Malformed(json),
            _ => null,
        };
        if (problem is null || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        }).ConfigureAwait(false);
    }
}
