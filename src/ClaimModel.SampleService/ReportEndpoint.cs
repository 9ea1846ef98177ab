using ClaimModel.Engine;
using ClaimModel.Reporting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace ClaimModel.SampleService;

/// <summary>GET /report: the report of the shared index in a chosen format.</summary>
internal static class ReportEndpoint
{
    /// <summary>The report as <c>?format=text|markdown|json</c> (default text) at <c>?detail=findings|disputes</c>
    /// (default findings); an unknown name is a 400 problem.</summary>
    public static Results<ReportResult, ProblemHttpResult> Handle(string? format, string? detail, SynchronizedContradictionIndex index)
    {
        var reportFormat = ReportFormat.Text;
        if (format is not null && !ReportRenderer.TryParseFormat(format.ToLowerInvariant(), out reportFormat))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown report format.", detail: $"Use one of: {ReportRenderer.FormatNames}.");
        }

        ReportDetail? reportDetail = detail?.ToLowerInvariant() switch
        {
            null or "findings" => ReportDetail.Findings,
            "disputes" => ReportDetail.Disputes,
            _ => null,
        };
        if (reportDetail is not { } shown)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown report detail.", detail: "Use one of: findings, disputes.");
        }

        return new ReportResult(index.GetReport(), reportFormat, shown);
    }

    /// <summary>Writes a report: rendered into a buffer that spills to a temporary file past 32 KB (the renderer writes
    /// synchronously, Kestrel's body only asynchronously), then copied to the response.</summary>
    internal sealed class ReportResult(ContradictionReport report, ReportFormat format, ReportDetail detail) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = format switch
            {
                ReportFormat.Text => "text/plain; charset=utf-8",
                ReportFormat.Markdown => "text/markdown; charset=utf-8",
                ReportFormat.Json => "application/json; charset=utf-8",
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
            };
            await using var buffer = new FileBufferingWriteStream();
            await using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(false), 16 * 1024, leaveOpen: true))
            {
                ReportRenderer.Render(report, format, writer, detail);
            }

            await buffer.DrainBufferAsync(httpContext.Response.Body, httpContext.RequestAborted);
        }
    }
}
