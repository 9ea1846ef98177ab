namespace ClaimModel.Tests.Api;

/// <summary>Files of the repository the API tests read (README, schema, samples, consumer quickstart).</summary>
internal static class RepoFiles
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds ClaimModel.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts)).ReplaceLineEndings("\n");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ClaimModel.sln above {AppContext.BaseDirectory}.");
    }
}
