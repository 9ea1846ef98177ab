using System.Text.Json;
using ClaimModel.Cli;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Serialization;
using ClaimModel.Validation;
using Snapshooter;
using Snapshooter.Xunit;

namespace ClaimModel.Tests.Seeds;

/// <summary>The format 1 seed documents, kept as fixtures (<c>tests/ClaimModel.Tests/Fixtures/format-v1</c>, never
/// edited): each reads, upgrades (written again it is format 2 with the same meaning, pinned by a snapshot), the
/// folder merged validates without errors, and it analyses to the report the format 1 seeds always gave.</summary>
public sealed class FormatV1FixtureTests
{
    /// <summary>The fixture folder.</summary>
    public static string FixturesDir => Path.Combine(SeedPaths.RepoRoot, "tests", "ClaimModel.Tests", "Fixtures", "format-v1");

    private static readonly string[] Files = ["common.json", .. SeedPaths.Articles.Select(a => a + ".claims.json")];

    /// <summary>Every fixture's file name (common first, then the articles in order).</summary>
    public static TheoryData<string> Fixtures => new(Files);

    [Fact]
    public void The_fixture_folder_holds_the_six_format_1_seed_documents()
    {
        var files = Directory.GetFiles(FixturesDir).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(Files.Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_is_format_1_and_upgrades_to_format_2_with_the_same_meaning(string file)
    {
        var text = SeedPaths.ReadText(Path.Combine(FixturesDir, file));
        using (var json = JsonDocument.Parse(text))
        {
            Assert.Equal(1, json.RootElement.GetProperty("formatVersion").GetInt32());
        }

        var document = ClaimJson.Deserialize(text);
        var upgraded = ClaimJson.Serialize(document, indented: true);

        Assert.StartsWith("{\n  \"formatVersion\": 2,\n", upgraded, StringComparison.Ordinal);
        Assert.Equal(document, ClaimJson.Deserialize(upgraded));
        Assert.Equal(upgraded, ClaimJson.Serialize(ClaimJson.Deserialize(upgraded), indented: true));
        Snapshot.Match(upgraded, new SnapshotNameExtension(Path.GetFileNameWithoutExtension(file)));
    }

    [Fact]
    public void Fixture_folder_merged_validates_without_errors()
    {
        var outcome = Merged(upgrade: false);

        Assert.Empty(outcome.Issues);
        var validation = ClaimValidation.Validate(outcome.Document);
        Assert.True(validation.Issues.All(i => i.Severity != IssueSeverity.Error), validation.Format());
    }

    [Fact]
    public void Fixture_folder_analyses_to_the_format_1_report_47_findings_and_6_consistent_comparisons()
    {
        var report = ContradictionDetector.Analyze(Merged(upgrade: false).Document, AnalyzeCommand.Options);

        Assert.Equal(86, report.ClaimCount);
        Assert.Equal(12, report.DenialCount);
        Assert.Equal(29, report.CountOf(FindingKind.Denial));
        Assert.Equal(11, report.CountOf(FindingKind.ConflictingResponsibility));
        Assert.Equal(6, report.CountOf(FindingKind.PresenceConflict));
        Assert.Equal(1, report.CountOf(FindingKind.FigureDiscrepancy));
        Assert.Equal(47, report.Findings.Count);
        Assert.Equal(6, report.ConsistentComparisons.Count);

        // Every claim of a format 1 document has one statement, so no participant names a statement position.
        Assert.All(report.Findings.SelectMany(f => f.Participants), p => Assert.Null(p.Statement));
    }

    [Fact]
    public void Upgraded_fixtures_analyse_to_the_same_report_as_the_format_1_text()
    {
        var original = ContradictionDetector.Analyze(Merged(upgrade: false).Document, AnalyzeCommand.Options);
        var upgraded = ContradictionDetector.Analyze(Merged(upgrade: true).Document, AnalyzeCommand.Options);

        Assert.Equal(ReportRenderer.Render(original, ReportFormat.Json), ReportRenderer.Render(upgraded, ReportFormat.Json));
    }

    private static MergeOutcome Merged(bool upgrade) =>
        ClaimDocumentMerger.Merge(Files.Select(file =>
        {
            var document = ClaimJson.Deserialize(SeedPaths.ReadText(Path.Combine(FixturesDir, file)));
            return new NamedDocument(
                "format-v1/" + file,
                upgrade ? ClaimJson.Deserialize(ClaimJson.Serialize(document, indented: true)) : document);
        }));
}
