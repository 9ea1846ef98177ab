using ClaimModel.AspNetCore;
using PublicApiGenerator;
using Snapshooter.Xunit;
using Xunit.Sdk;

namespace ClaimModel.AspNetCore.Tests;

/// <summary>The public API of the ClaimModel.AspNetCore assembly is a reviewed snapshot: any change shows up as a diff of
/// <c>__snapshots__/PublicApiTests.Public_api_matches_the_approved_snapshot.snap</c>.</summary>
public sealed class PublicApiTests
{
    private const string HowToRefresh =
        "The public API of ClaimModel.AspNetCore changed. If the change is intended, refresh the snapshot: delete " +
        "tests/ClaimModel.AspNetCore.Tests/__snapshots__/PublicApiTests.Public_api_matches_the_approved_snapshot.snap, " +
        "run `dotnet test tests/ClaimModel.AspNetCore.Tests --filter FullyQualifiedName~PublicApiTests` WITHOUT " +
        "SNAPSHOOTER_STRICT_MODE (so the snapshot is written anew), review the diff line by line (`git diff`) and " +
        "commit it. A removed or changed member is a breaking change (major version; see the README's versioning policy).";

    [Fact]
    public void Public_api_matches_the_approved_snapshot()
    {
        var api = RenderPublicApi();

        try
        {
            Snapshot.Match(api);
        }
        catch (Exception e) when (e is not XunitException { Message: HowToRefresh })
        {
            throw new XunitException(HowToRefresh + Environment.NewLine + e.Message);
        }
    }

    [Fact]
    public void Public_api_rendering_is_stable()
    {
        Assert.Equal(RenderPublicApi(), RenderPublicApi());
    }

    private static string RenderPublicApi() =>
        typeof(ClaimModelHttpOptions).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // Assembly attributes (InternalsVisibleTo, TargetFramework, versions) are build details, not API.
            IncludeAssemblyAttributes = false,
        }).ReplaceLineEndings("\n");
}
