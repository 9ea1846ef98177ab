namespace ClaimModel.Tests.Api;

/// <summary>The public API of the ClaimModel assembly is a reviewed snapshot: any change shows up as a diff of
/// <c>__snapshots__/PublicApiTests.Public_api_matches_the_approved_snapshot.snap</c>.</summary>
public sealed class PublicApiTests
{
    private static readonly string HowToRefresh =
        ApprovedApi.HowToRefresh("ClaimModel", "tests/ClaimModel.Tests", "tests/ClaimModel.Tests/Api/__snapshots__");

    [Fact]
    public void Public_api_matches_the_approved_snapshot()
    {
        ApprovedApi.Match(typeof(ClaimDocument).Assembly, HowToRefresh);
    }

    [Fact]
    public void Public_api_rendering_is_stable()
    {
        Assert.Equal(RenderPublicApi(), RenderPublicApi());
    }

    internal static string RenderPublicApi() => ApprovedApi.Render(typeof(ClaimDocument).Assembly);
}
