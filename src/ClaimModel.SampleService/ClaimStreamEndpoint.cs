using ClaimModel.AspNetCore;
using ClaimModel.Engine;
using ClaimModel.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ClaimModel.SampleService;

/// <summary>POST /claims: claims streamed in, one by one, into the shared index.</summary>
internal static class ClaimStreamEndpoint
{
    /// <summary>Reads the body as NDJSON (or, for <c>application/json</c>, a JSON array) and adds each claim as it is
    /// read. A record that cannot be read ends the stream with a 400 problem (its reason, path, line and position, and
    /// <c>accepted</c>: how many claims before it were added); each record is read within
    /// <see cref="ClaimModelHttpOptions.ReadLimits"/>.</summary>
    public static async Task<Results<Ok<Added>, ProblemHttpResult>> HandleAsync(HttpRequest request, SynchronizedContradictionIndex index, IOptions<ClaimModelHttpOptions> options, CancellationToken cancellationToken)
    {
        var format = request.ContentType is { } type && type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            ? ClaimStreamFormat.JsonArray
            : ClaimStreamFormat.Ndjson;
        var counted = new CountedClaims(ClaimJsonStream.ReadClaimsAsync(request.Body, format, options.Value.ReadLimits, cancellationToken));
        var findings = new List<string>();
        try
        {
            await foreach (var finding in index.AddClaimsAsync(counted, cancellationToken))
            {
                findings.Add(finding.Id);
            }
        }
        catch (ClaimJsonException e)
        {
            var problem = ClaimModelProblems.Malformed(e);
            problem.Extensions["accepted"] = System.Text.Json.JsonDocument.Parse(counted.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).RootElement.Clone();
            return TypedResults.Problem(problem);
        }

        return TypedResults.Ok(new Added(counted.Count, 0, [.. findings]));
    }

    /// <summary>Counts the claims read.</summary>
    private sealed class CountedClaims(IAsyncEnumerable<Claim> claims) : IAsyncEnumerable<Claim>
    {
        public int Count { get; private set; }

        public async IAsyncEnumerator<Claim> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            await foreach (var claim in claims.WithCancellation(cancellationToken))
            {
                Count++;
                yield return claim;
            }
        }
    }
}
