using ClaimModel.Export;
using ClaimModel.Loading;
using ClaimModel.Tests.Seeds;
using ClaimModel.Validation;

namespace ClaimModel.Tests.Export;

/// <summary>The corpora the export tests use: the merged seeds, and the revisions fixture
/// (tests/ClaimModel.Tests/Fixtures/exports: a revised and a retracted claim, relays through an actor and two
/// outlets, text that needs escaping, exact and month-precision times) with its review file.</summary>
internal static class ExportFixtures
{
    public static string Folder => Path.Combine(SeedPaths.RepoRoot, "tests", "ClaimModel.Tests", "Fixtures", "exports");

    public static string RevisionsPath => Path.Combine(Folder, "revisions.claims.json");

    public static string RevisionsReviewPath => Path.Combine(Folder, "revisions.review.json");

    public static ClaimDocument Seeds => SeedReport.SeedAnalysis.Document;

    public static ClaimDocument Revisions { get; } = Load(RevisionsPath);

    public static ClaimReviewInput RevisionsReview { get; } = ClaimReviewInput.Parse(SeedPaths.ReadText(RevisionsReviewPath));

    private static ClaimDocument Load(string path)
    {
        var corpus = ClaimDocumentLoader.Load([path]);
        Assert.True(corpus.IsReadable, string.Join("\n", corpus.Failures));
        Assert.DoesNotContain(corpus.Validate().Issues, i => i.Severity == IssueSeverity.Error);
        return corpus.Document;
    }
}
