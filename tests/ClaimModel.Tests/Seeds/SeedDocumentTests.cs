using ClaimModel.Serialization;
using ClaimModel.Validation;
using Snapshooter;
using Snapshooter.Xunit;

namespace ClaimModel.Tests.Seeds;

/// <summary>The seed documents read with <see cref="ClaimJson"/>, merge cleanly, validate without a single issue,
/// are committed in canonical form and are pinned by a snapshot per article.</summary>
/// <remarks>To rewrite the committed files in canonical form after an intended change, run the tests once with
/// the environment variable <c>CLAIMMODEL_REWRITE_SEEDS=1</c>, then review the diff.</remarks>
public sealed class SeedDocumentTests
{
    /// <summary>Every seed document's file name (common first).</summary>
    public static TheoryData<string> Documents => new(SeedPaths.AllDocuments.Select(Path.GetFileName)!);

    /// <summary>The article ids.</summary>
    public static TheoryData<string> Articles => new(SeedPaths.Articles);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_reads_and_is_committed_in_canonical_form(string file)
    {
        var path = Path.Combine(SeedPaths.SeedsDir, file);
        var committed = SeedPaths.ReadText(path);
        var document = ClaimJson.Deserialize(committed);
        var canonical = ClaimJson.Serialize(document, indented: true);
        if (canonical != committed && Environment.GetEnvironmentVariable("CLAIMMODEL_REWRITE_SEEDS") == "1")
        {
            File.WriteAllText(path, canonical, new System.Text.UTF8Encoding(false));
        }

        Assert.Equal(canonical, committed);
        Assert.Equal(document, ClaimJson.Deserialize(canonical));
    }

    [Fact]
    public void Merged_corpus_merges_cleanly_and_validates_without_issues()
    {
        var outcome = MergedCorpus();
        Assert.Empty(outcome.Issues);
        var validation = ClaimValidation.Validate(outcome.Document);
        Assert.True(validation.Issues.Count == 0, validation.Format());
    }

    [Fact]
    public void Merged_corpus_keeps_every_record_of_every_document()
    {
        var documents = SeedPaths.AllDocuments.Select(p => ClaimJson.Deserialize(SeedPaths.ReadText(p))).ToList();
        var merged = MergedCorpus().Document;
        Assert.Equal(documents.Sum(d => d.Actors.Count), merged.Actors.Count);
        Assert.Equal(documents.Sum(d => d.Sources.Count), merged.Sources.Count);
        Assert.Equal(documents.Sum(d => d.Incidents.Count), merged.Incidents.Count);
        Assert.Equal(documents.Sum(d => d.Claims.Count), merged.Claims.Count);
        Assert.Equal(documents.Sum(d => d.Denials.Count), merged.Denials.Count);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_document_matches_its_snapshot(string article)
    {
        var document = ClaimJson.Deserialize(SeedPaths.ReadText(SeedPaths.ArticleDocument(article)));
        Snapshot.Match(ClaimJson.Serialize(document, indented: true), new SnapshotNameExtension(article));
    }

    private static MergeOutcome MergedCorpus() =>
        ClaimDocumentMerger.Merge(SeedPaths.AllDocuments.Select(p =>
            new NamedDocument("seeds/" + Path.GetFileName(p), ClaimJson.Deserialize(SeedPaths.ReadText(p)))));
}
