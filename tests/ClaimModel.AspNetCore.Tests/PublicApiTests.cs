using ClaimModel.Tests.Api;

namespace ClaimModel.AspNetCore.Tests;

/// <summary>The public API of the ClaimModel.AspNetCore assembly is a reviewed snapshot: any change shows up as a diff of
/// <c>__snapshots__/PublicApiTests.Public_api_matches_the_approved_snapshot.snap</c>.</summary>
public sealed class PublicApiTests
{
    private static readonly string HowToRefresh = ApprovedApi.HowToRefresh(
        "ClaimModel.AspNetCore", "tests/ClaimModel.AspNetCore.Tests", "tests/ClaimModel.AspNetCore.Tests/__snapshots__");

    [Fact]
    public void Public_api_matches_the_approved_snapshot()
    {
        ApprovedApi.Match(typeof(ClaimModelHttpOptions).Assembly, HowToRefresh);
    }

    [Fact]
    public void Public_api_rendering_is_stable()
    {
        var assembly = typeof(ClaimModelHttpOptions).Assembly;
        Assert.Equal(ApprovedApi.Render(assembly), ApprovedApi.Render(assembly));
    }
}
