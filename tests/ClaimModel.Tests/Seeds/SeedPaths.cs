namespace ClaimModel.Tests.Seeds;

/// <summary>Locates the repository root (the folder holding <c>ClaimModel.sln</c>) and the seed files.</summary>
internal static class SeedPaths
{
    /// <summary>The article ids (file names without extension) of the five seed articles, in order.</summary>
    public static readonly string[] Articles =
    [
        "000_657ed939b43e574a",
        "001_17ff118d58b876ac",
        "002_f72ab34079641ca8",
        "003_b9f34958f912dcc2",
        "004_27213814693d52c7",
    ];

    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The <c>seeds</c> folder.</summary>
    public static string SeedsDir => Path.Combine(RepoRoot, "seeds");

    /// <summary>The path of an article's text.</summary>
    public static string ArticleText(string article) => Path.Combine(SeedsDir, article + ".txt");

    /// <summary>The path of an article's claims document.</summary>
    public static string ArticleDocument(string article) => Path.Combine(SeedsDir, article + ".claims.json");

    /// <summary>The path of the shared document.</summary>
    public static string CommonDocument => Path.Combine(SeedsDir, "common.json");

    /// <summary>Every seed document: common first, then the articles in order.</summary>
    public static IEnumerable<string> AllDocuments => new[] { CommonDocument }.Concat(Articles.Select(ArticleDocument));

    /// <summary>Reads a file as UTF-8 text exactly (no BOM added or newline normalised).</summary>
    public static string ReadText(string path) => File.ReadAllText(path, new System.Text.UTF8Encoding(false, true));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No folder holding ClaimModel.sln above " + AppContext.BaseDirectory);
    }
}
