using ClaimModel.Cli;
using ClaimModel.Engine;
using ClaimModel.Loading;
using ClaimModel.Tests.Seeds;

namespace ClaimModel.Tests.SeedReport;

/// <summary>The seed corpus loaded and merged as <c>claimmodel analyze seeds</c> does, and its report (with the
/// consistent comparisons, as the command analyses).</summary>
internal static class SeedAnalysis
{
    private static readonly Lazy<ClaimDocument> Merged = new(() =>
    {
        var corpus = ClaimDocumentLoader.Load([SeedPaths.SeedsDir]);
        Assert.True(corpus.IsReadable, string.Join("\n", corpus.Failures));
        return corpus.Merge.Document;
    });

    private static readonly Lazy<ContradictionReport> Analysis = new(() => ContradictionDetector.Analyze(Merged.Value, AnalyzeCommand.Options));

    /// <summary>The merged seed document.</summary>
    public static ClaimDocument Document => Merged.Value;

    /// <summary>The report of the merged seed document.</summary>
    public static ContradictionReport Outcome => Analysis.Value;

    /// <summary>The claim with <paramref name="id"/> (fails when the seeds have no such claim).</summary>
    public static Claim Claim(string id) => Assert.Single(Document.Claims, c => c.Id == id);

    /// <summary>The statement a reference names: <c>claimId#n</c>, or a claim id alone for a claim of one statement
    /// (fails when the seeds have no such statement).</summary>
    public static Statement Statement(string reference)
    {
        Assert.True(StatementReference.TryParse(reference, out var id, out var position), reference);
        return position is { } n ? Claim(id).Statements[n] : Assert.Single(Claim(id).Statements);
    }

    /// <summary>The findings whose participants are exactly <paramref name="references"/> (in any order): a claim
    /// id or denial id for a claim of one statement, a denial or a claim named as a whole; <c>claimId#n</c> for one
    /// statement of a claim of several.</summary>
    public static IEnumerable<Finding> Between(params string[] references) =>
        Outcome.Findings.Where(f => f.Participants.Select(p => p.Reference).Order(StringComparer.Ordinal).SequenceEqual(references.Order(StringComparer.Ordinal)));

    /// <summary>The one finding between <paramref name="references"/>.</summary>
    public static Finding Single(params string[] references) => Assert.Single(Between(references));
}
