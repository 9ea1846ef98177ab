using System.Net;
using System.Text;
using ClaimModel.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimModel.AspNetCore.Tests;

/// <summary>The document read limits over HTTP (<see cref="ClaimModelHttpOptions.ReadLimits"/>): the service defaults
/// unless configured, a 413 problem over the document size, a 400 problem naming the path, limit and value over the
/// others.</summary>
public sealed class ReadLimitsTests
{
    [Fact]
    public void The_http_options_default_to_the_service_limits()
    {
        using var factory = new SampleServiceFactory();

        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ClaimModelHttpOptions>>().Value;

        Assert.Same(ClaimReadLimits.Service, options.ReadLimits);
    }

    [Fact]
    public async Task A_string_over_the_default_MaxStringLength_is_a_400_problem_naming_path_limit_and_value()
    {
        using var factory = new SampleServiceFactory();
        using var client = factory.CreateClient();
        var document = Documents.Aleppo with { Title = new string('x', ClaimReadLimits.DefaultMaxStringLength + 1) };

        var json = Documents.Json(document);

        var problem = await Problems.ReadAsync(await PostAsync(client, "/documents", json), HttpStatusCode.BadRequest);

        Assert.Equal(ClaimModelProblems.MalformedTitle, problem.GetProperty("title").GetString());
        Assert.StartsWith("A string of 1,000,001 bytes exceeds MaxStringLength 1,000,000;", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("$.title", problem.GetProperty("path").GetString());
        Assert.Equal(json[..json.IndexOf("\"title\"", StringComparison.Ordinal)].Count(c => c == '\n'), problem.GetProperty("lineNumber").GetInt64());
    }

    [Fact]
    public async Task A_string_of_the_default_MaxStringLength_is_read()
    {
        using var factory = new SampleServiceFactory();
        using var client = factory.CreateClient();
        var document = Documents.Aleppo with { Title = new string('x', ClaimReadLimits.DefaultMaxStringLength) };

        var response = await PostAsync(client, "/documents", Documents.Json(document));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(2, HttpStatusCode.OK)]
    [InlineData(1, HttpStatusCode.BadRequest)]
    public async Task A_configured_MaxElementCount_is_enforced_both_sides_of_the_boundary(int extraElements, HttpStatusCode status)
    {
        var json = Documents.Json(Documents.Aleppo);
        var elements = CountElements(Documents.Aleppo);
        using var factory = Configured(new ClaimReadLimits { MaxElementCount = elements - 2 + extraElements });
        using var client = factory.CreateClient();

        var response = await PostAsync(client, "/documents", json);

        Assert.Equal(status, response.StatusCode);
        if (status == HttpStatusCode.BadRequest)
        {
            var problem = await Problems.ReadAsync(response, status);
            Assert.Contains(FormattableString.Invariant($"exceeds MaxElementCount {elements - 1:N0}"), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("$.", problem.GetProperty("path").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_body_over_the_configured_MaxDocumentBytes_is_a_413_problem_before_it_is_parsed()
    {
        var json = Documents.Json(Documents.Aleppo);
        var size = Encoding.UTF8.GetByteCount(json);
        using var factory = Configured(new ClaimReadLimits { MaxDocumentBytes = size - 1 });
        using var client = factory.CreateClient();

        var problem = await Problems.ReadAsync(await PostAsync(client, "/documents", json), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(ClaimModelProblems.TooLargeTitle, problem.GetProperty("title").GetString());
        Assert.Contains(FormattableString.Invariant($"longer than {size - 1} bytes"), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("ClaimModelHttpOptions.ReadLimits.MaxDocumentBytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_of_the_configured_MaxDocumentBytes_is_read()
    {
        var json = Documents.Json(Documents.Aleppo);
        using var factory = Configured(new ClaimReadLimits { MaxDocumentBytes = Encoding.UTF8.GetByteCount(json) });
        using var client = factory.CreateClient();

        var response = await PostAsync(client, "/documents", json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_streamed_claim_over_a_configured_limit_is_a_400_problem_after_the_claims_before_it()
    {
        // The quickstart claim's longest string is its 34-byte quote.
        using var factory = Configured(new ClaimReadLimits { MaxStringLength = 40 });
        using var client = factory.CreateClient();
        var longQuote = Documents.Claim("c-2") with { Reports = [new Report { Source = "ibt", Quote = new Quote { Exact = new string('q', 41) } }] };
        var body = Documents.Line(Documents.Claim("c-1")) + "\n" + Documents.Line(longQuote) + "\n";

        var response = await client.PostAsync("/claims", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        var problem = await Problems.ReadAsync(response, HttpStatusCode.BadRequest);

        Assert.Equal(1, problem.GetProperty("accepted").GetInt32());
        Assert.Equal("$.reports[0].quote.exact", problem.GetProperty("path").GetString());
        Assert.StartsWith("A string of 41 bytes exceeds MaxStringLength 40;", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, problem.GetProperty("lineNumber").GetInt64());
    }

    /// <summary>How many array elements the document's JSON holds (what <see cref="ClaimReadLimits.MaxElementCount"/>
    /// counts).</summary>
    private static long CountElements(ClaimDocument document)
    {
        var json = Documents.Json(document);
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        return Count(parsed.RootElement);

        static long Count(System.Text.Json.JsonElement element) => element.ValueKind switch
        {
            System.Text.Json.JsonValueKind.Array => element.GetArrayLength() + element.EnumerateArray().Sum(Count),
            System.Text.Json.JsonValueKind.Object => element.EnumerateObject().Sum(p => Count(p.Value)),
            _ => 0,
        };
    }

    private static WebApplicationFactory<Program> Configured(ClaimReadLimits limits) =>
        new SampleServiceFactory().WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.Configure<ClaimModelHttpOptions>(options => options.ReadLimits = limits)));

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
}
