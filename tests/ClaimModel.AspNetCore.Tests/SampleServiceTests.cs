using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClaimModel.Engine;
using ClaimModel.Reporting;

namespace ClaimModel.AspNetCore.Tests;

/// <summary>The sample service over real HTTP (in-memory server): ClaimModel.AspNetCore's problems, the validation filter,
/// the streamed claims and the thread-safe index.</summary>
public sealed class SampleServiceTests
{
    [Fact]
    public async Task Malformed_json_is_a_problem_with_reason_path_line_and_position()
    {
        using var factory = new SampleServiceFactory();
        using var client = factory.CreateClient();
        const string body = "{\n  \"formatVersion\": 2,\n  \"title\": \"x\" \"y\"\n}\n";

        var problem = await Problems.ReadAsync(await PostJsonAsync(client, "/documents", body), HttpStatusCode.BadRequest);

        Assert.Equal(ClaimModelProblems.MalformedTitle, problem.GetProperty("title").GetString());
        Assert.StartsWith("Malformed JSON: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // The reader fails between members, at the level of the document.
        Assert.Equal("$", problem.GetProperty("path").GetString());
        Assert.Equal(2, problem.GetProperty("lineNumber").GetInt64());
        Assert.Equal(body.Split('\n')[2].IndexOf("\"y\"", StringComparison.Ordinal), problem.GetProperty("bytePositionInLine").GetInt64());
    }

    [Fact]
    public async Task Unknown_member_is_a_problem_naming_it_with_its_path_line_and_position()
    {
        using var factory = new SampleServiceFactory();
        using var client = factory.CreateClient();
        var json = Documents.Json(Documents.Aleppo);
        var at = json.IndexOf("\"claimant\": \"russia-mod\"", StringComparison.Ordinal);
        var body = json.Insert(at, "\"bogus\": 1, ");

        var problem = await Problems.ReadAsync(await PostJsonAsync(client, "/documents", body), HttpStatusCode.BadRequest);

        Assert.Contains("Unknown member 'bogus' in a claim", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("$.claims[0]", problem.GetProperty("path").GetString());
        var before = body[..at];
        Assert.Equal(before.Count(c => c == '\n'), problem.GetProperty("lineNumber").GetInt64());
        Assert.Equal(at - (before.LastIndexOf('\n') + 1), problem.GetProperty("bytePositionInLine").GetInt64());
    }

    [Fact]
    public async Task Invalid_document_is_a_validation_problem_with_path_code_and_message()
    {
        using var factory = new SampleServiceFactory();
        using var client = factory.CreateClient();
        var broken = Documents.Aleppo with { Claims = [Documents.Aleppo.Claims[0] with { Claimant = "nobody" }] };

        var problem = await Problems.ReadAsync(await PostJsonAsync(client, "/documents", Documents.Json(broken)), HttpStatusCode.BadRequest);

        Assert.Equal(ClaimModelProblems.InvalidTitle, problem.GetProperty("title").GetString());
        var issue = Assert.Single(Validation.ClaimValidation.Validate(broken).Issues);
        var messages = problem.GetProperty("errors").GetProperty("claims[0].claimant");
        Assert.Equal(issue.Message, Assert.Single(messages.EnumerateArray()).GetString());
        Assert.Equal("reference-dangling", Assert.Single(problem.GetProperty("codes").GetProperty("claims[0].claimant").EnumerateArray()).GetString());
        // Nothing invalid reaches the index.
        var report = await client.GetStringAsync("/report?format=json");
        Assert.Equal(Render(new ClaimDocument(), ReportFormat.Json), report);
    }

    [Fact]
    public async Task Valid_document_is_added_and_reported_in_every_format()
    {
        using var factory = new SampleServiceFactory();
        using var client = factory.CreateClient();
        var expected = ContradictionDetector.Analyze(Documents.Aleppo);

        var response = await PostJsonAsync(client, "/documents", Documents.Json(Documents.Aleppo));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var added = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, added.GetProperty("claims").GetInt32());
        Assert.Equal(1, added.GetProperty("denials").GetInt32());
        Assert.Equal(expected.Findings.Single().Id, Assert.Single(added.GetProperty("newFindings").EnumerateArray()).GetString());

        foreach (var (name, format, mediaType) in new[]
                 {
                     ("text", ReportFormat.Text, "text/plain"),
                     ("markdown", ReportFormat.Markdown, "text/markdown"),
                     ("JSON", ReportFormat.Json, "application/json"),
                 })
        {
            var report = await client.GetAsync($"/report?format={name}");
            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
            Assert.Equal(mediaType, report.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Render(Documents.Aleppo, format), await report.Content.ReadAsStringAsync());
        }

        var disputes = await client.GetStringAsync("/report?format=markdown&detail=disputes");
        Assert.Equal(Render(Documents.Aleppo, ReportFormat.Markdown, ReportDetail.Disputes), disputes);

        // GET /findings: the report written by the HTTP JSON options, the same JSON as the renderer's (without its final LF).
        var findings = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync("/findings"));
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(Render(Documents.Aleppo, ReportFormat.Json)), findings));
    }

    [Fact]
    public async Task Unknown_report_format_is_a_problem()
    {
        using var factory = new SampleServiceFactory();
        using var client = factory.CreateClient();

        var problem = await Problems.ReadAsync(await client.GetAsync("/report?format=pdf"), HttpStatusCode.BadRequest);

        Assert.Contains("markdown", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/x-ndjson")]
    [InlineData("application/json")]
    public async Task Claims_stream_in_and_their_findings_come_out(string contentType)
    {
        using var factory = new SampleServiceFactory();
        using var client = factory.CreateClient();
        var first = await PostJsonAsync(client, "/documents", Documents.Json(Documents.Incident));
        Assert.Empty((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("newFindings").EnumerateArray());
        var claims = new[] { Documents.IncidentClaim("c-a10"), Documents.IncidentClaim("c-other") };
        var body = contentType == "application/json"
            ? "[\n" + string.Join(",\n", claims.Select(Documents.Line)) + "\n]\n"
            : string.Join("\n", claims.Select(Documents.Line)) + "\n";

        var response = await client.PostAsync("/claims", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var added = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, added.GetProperty("claims").GetInt32());
        var batch = ContradictionDetector.Analyze(Documents.Incident with { Claims = [.. Documents.Incident.Claims, .. claims] });
        Assert.NotEmpty(batch.Findings);
        Assert.Equal(batch.Findings.Select(f => f.Id).Order(StringComparer.Ordinal), added.GetProperty("newFindings").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(ReportRenderer.Render(batch, ReportFormat.Json), await client.GetStringAsync("/report?format=json"));
    }

    [Fact]
    public async Task A_bad_line_in_a_claim_stream_is_a_problem_naming_the_line_after_the_claims_before_it()
    {
        using var factory = new SampleServiceFactory();
        using var client = factory.CreateClient();
        await PostJsonAsync(client, "/documents", Documents.Json(Documents.Incident));
        var body = Documents.Line(Documents.IncidentClaim("c-a10")) + "\n\n  {\"id\": \"c-2\", \"bogus\": 1}\n" + Documents.Line(Documents.IncidentClaim("c-3")) + "\n";

        var problem = await Problems.ReadAsync(
            await client.PostAsync("/claims", new StringContent(body, Encoding.UTF8, "application/x-ndjson")),
            HttpStatusCode.BadRequest);

        Assert.Contains("Unknown member 'bogus'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, problem.GetProperty("lineNumber").GetInt64());
        Assert.Equal("  {\"id\": \"c-2\", ".Length, problem.GetProperty("bytePositionInLine").GetInt64());
        Assert.Equal(1, problem.GetProperty("accepted").GetInt32());
        // The claim before the bad line was added; the one after it was not read.
        var expected = ContradictionDetector.Analyze(Documents.Incident with { Claims = [.. Documents.Incident.Claims, Documents.IncidentClaim("c-a10")] });
        Assert.Equal(ReportRenderer.Render(expected, ReportFormat.Json), await client.GetStringAsync("/report?format=json"));
    }

    [Fact]
    public async Task A_body_bound_by_the_http_json_options_reads_and_validates_the_same_way()
    {
        using var factory = new SampleServiceFactory();
        using var client = factory.CreateClient();

        var valid = await PostJsonAsync(client, "/validate", Documents.Json(Documents.Aleppo));
        Assert.Equal(HttpStatusCode.NoContent, valid.StatusCode);

        var json = Documents.Json(Documents.Aleppo);
        var unknown = json.Insert(json.IndexOf("\"claimant\": \"russia-mod\"", StringComparison.Ordinal), "\"bogus\": 1, ");
        var problem = await Problems.ReadAsync(await PostJsonAsync(client, "/validate", unknown), HttpStatusCode.BadRequest);
        Assert.Contains("Unknown member 'bogus' in a claim", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("$.claims[0]", problem.GetProperty("path").GetString());

        var broken = Documents.Aleppo with { Claims = [Documents.Aleppo.Claims[0] with { Claimant = "nobody" }] };
        var invalid = await Problems.ReadAsync(await PostJsonAsync(client, "/validate", Documents.Json(broken)), HttpStatusCode.BadRequest);
        Assert.Equal("reference-dangling", Assert.Single(invalid.GetProperty("codes").GetProperty("claims[0].claimant").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_with_415()
    {
        using var factory = new SampleServiceFactory();
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/documents", new StringContent(Documents.Json(Documents.Aleppo), Encoding.UTF8, "text/plain"));

        await Problems.ReadAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Concurrent_posts_give_the_batch_report()
    {
        using var factory = new SampleServiceFactory();
        using var client = factory.CreateClient();
        const int count = 24;
        var documents = Enumerable.Range(0, count).Select(i => Documents.Aleppo with
        {
            Claims = [Documents.Claim($"c-{i}")],
            Denials = [Documents.Aleppo.Denials[0] with { Id = $"d-{i}", DeniedClaims = [$"c-{i}#0"] }],
        }).ToArray();

        var responses = await Task.WhenAll(documents.Select(d => PostJsonAsync(client, "/documents", Documents.Json(d))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var all = Documents.Aleppo with
        {
            Claims = [.. documents.SelectMany(d => d.Claims)],
            Denials = [.. documents.SelectMany(d => d.Denials)],
        };
        var batch = ContradictionDetector.Analyze(all);
        Assert.True(batch.Findings.Count >= count, $"expected at least {count} findings, got {batch.Findings.Count}");
        Assert.Equal(ReportRenderer.Render(batch, ReportFormat.Json), await client.GetStringAsync("/report?format=json"));
        // Every finding was handed to exactly one of the posts that created it.
        var handed = new List<string>();
        foreach (var response in responses)
        {
            var added = await response.Content.ReadFromJsonAsync<JsonElement>();
            handed.AddRange(added.GetProperty("newFindings").EnumerateArray().Select(e => e.GetString()!));
        }

        Assert.Equal(batch.Findings.Select(f => f.Id).Order(StringComparer.Ordinal), handed.Order(StringComparer.Ordinal));
    }

    private static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private static string Render(ClaimDocument document, ReportFormat format, ReportDetail detail = ReportDetail.Findings)
    {
        var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        ReportRenderer.Render(ContradictionDetector.Analyze(document), format, writer, detail);
        return writer.ToString();
    }
}
