using System.Text;
using ClaimModel.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimModel.AspNetCore.Tests;

/// <summary>A body of one record (<see cref="ClaimModelBody{T}"/> of a claim or a denial) is read within
/// <see cref="ClaimModelHttpOptions.ReadLimits"/> as a document is: a 400 problem naming the path, the limit and the
/// value over the string and element limits, a 413 problem over the size, the record itself within them.</summary>
public sealed class RecordBodyLimitsTests
{
    [Fact]
    public async Task A_claim_within_the_limits_is_read()
    {
        var claim = Documents.Claim("c-1");

        var body = await BindAsync<Claim>(Documents.Line(claim), new ClaimReadLimits());

        Assert.Null(body.Problem);
        Assert.Equal(claim, body.Value);
    }

    [Fact]
    public async Task A_claim_with_a_string_over_MaxStringLength_is_a_400_problem_naming_path_limit_and_value()
    {
        var claim = Documents.Claim("c-1") with { Reports = [new Report { Source = "ibt", Quote = new Quote { Exact = new string('q', 41) } }] };

        var body = await BindAsync<Claim>(Documents.Line(claim), new ClaimReadLimits { MaxStringLength = 40 });

        Assert.Equal(StatusCodes.Status400BadRequest, body.Problem!.Status);
        Assert.StartsWith("A string of 41 bytes exceeds MaxStringLength 40;", body.Problem.Detail, StringComparison.Ordinal);
        Assert.Equal("$.reports[0].quote.exact", ((System.Text.Json.JsonElement)body.Problem.Extensions["path"]!).GetString());
    }

    [Fact]
    public async Task A_denial_with_more_elements_than_MaxElementCount_is_a_400_problem()
    {
        var denial = new Denial
        {
            Id = "d-1",
            Claimant = "usa",
            Incident = "aleppo",
            Statement = new ResponsibilityStatement { Actors = ["usa"] },
            Reports = [Quoted("ibt"), Quoted("cnn"), Quoted("rt")],
        };

        var body = await BindAsync<Denial>(System.Text.Json.JsonSerializer.Serialize(denial, ClaimJson.Options), new ClaimReadLimits { MaxElementCount = 3 });

        Assert.Equal(StatusCodes.Status400BadRequest, body.Problem!.Status);
        Assert.Contains("exceeds MaxElementCount 3", body.Problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_body_over_MaxDocumentBytes_is_a_413_problem()
    {
        var json = Documents.Line(Documents.Claim("c-1"));
        var size = Encoding.UTF8.GetByteCount(json);

        var body = await BindAsync<Claim>(json, new ClaimReadLimits { MaxDocumentBytes = size - 1 });

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, body.Problem!.Status);
        Assert.Contains("ClaimModelHttpOptions.ReadLimits.MaxDocumentBytes", body.Problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_claim_body_is_a_400_problem()
    {
        var body = await BindAsync<Claim>(" null ", new ClaimReadLimits());

        Assert.Equal(StatusCodes.Status400BadRequest, body.Problem!.Status);
        Assert.Contains("empty or null", body.Problem.Detail, StringComparison.Ordinal);
    }

    private static Report Quoted(string source) => new() { Source = source, Quote = new Quote { Exact = "no US aircraft" } };

    private static async Task<ClaimModelBody<T>> BindAsync<T>(string json, ClaimReadLimits limits)
        where T : class
    {
        var services = new ServiceCollection();
        services.AddClaimModel(options => options.ReadLimits = limits);
        await using var provider = services.BuildServiceProvider();
        var bytes = Encoding.UTF8.GetBytes(json);
        var context = new DefaultHttpContext { RequestServices = provider };
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);
        return (await ClaimModelBody<T>.BindAsync(context, null!))!;
    }
}
