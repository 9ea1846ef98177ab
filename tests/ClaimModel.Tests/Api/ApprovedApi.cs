using System.Reflection;
using PublicApiGenerator;
using Snapshooter.Xunit;
using Xunit.Sdk;

namespace ClaimModel.Tests.Api;

/// <summary>The reviewed public API snapshot of one assembly, shared by the test projects of each package (linked into
/// ClaimModel.AspNetCore.Tests).</summary>
internal static class ApprovedApi
{
    /// <summary>Says how to refresh the snapshot of <paramref name="assembly"/>.</summary>
    /// <param name="assembly">The package's assembly name.</param>
    /// <param name="testProject">The test project's folder, from the repository root.</param>
    /// <param name="snapshotFolder">The snapshot's folder, from the repository root.</param>
    public static string HowToRefresh(string assembly, string testProject, string snapshotFolder) =>
        $"The public API of {assembly} changed. If the change is intended, refresh the snapshot: delete " +
        $"{snapshotFolder}/PublicApiTests.Public_api_matches_the_approved_snapshot.snap, " +
        $"run `dotnet test {testProject} --filter FullyQualifiedName~PublicApiTests` WITHOUT " +
        "SNAPSHOOTER_STRICT_MODE (so the snapshot is written anew), review the diff line by line (`git diff`) and " +
        "commit it. A removed or changed member is a breaking change (major version; see the README's versioning policy).";

    /// <summary>The public API of <paramref name="assembly"/> as C# declarations, without assembly attributes
    /// (InternalsVisibleTo, TargetFramework and versions are build details, not API), with "\n" line ends.</summary>
    /// <param name="assembly">The assembly.</param>
    public static string Render(Assembly assembly) =>
        assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");

    /// <summary>Matches <paramref name="assembly"/>'s public API against the calling test's snapshot; a difference
    /// fails with <paramref name="howToRefresh"/> first.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <param name="howToRefresh">What the failure says first.</param>
    public static void Match(Assembly assembly, string howToRefresh)
    {
        var api = Render(assembly);
        try
        {
            Snapshot.Match(api);
        }
        catch (Exception e) when (e is not XunitException { Message: var message } || message != howToRefresh)
        {
            throw new XunitException(howToRefresh + Environment.NewLine + e.Message);
        }
    }
}
