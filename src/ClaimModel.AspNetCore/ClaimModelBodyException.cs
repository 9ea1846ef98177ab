using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ClaimModel.AspNetCore;

/// <summary>Thrown by <see cref="ClaimModelBody{T}.Value"/> when the body could not be read; carries the problem, which
/// <see cref="ClaimModelExceptionHandler"/> writes.</summary>
internal sealed class ClaimModelBodyException(ProblemDetails problem, Exception? inner)
    : BadHttpRequestException(problem.Detail ?? problem.Title ?? "The request body could not be read.", problem.Status ?? StatusCodes.Status400BadRequest, inner!)
{
    /// <summary>The problem to answer with.</summary>
    public ProblemDetails Problem { get; } = problem;
}
