using System.Text;
using ClaimModel.Engine;
using ClaimModel.Fuzz;
using ClaimModel.Serialization;
using ClaimModel.Tests.Api;

namespace ClaimModel.Tests.Fuzz;

/// <summary>The fuzz harness (tests/ClaimModel.Fuzz/FuzzHarness.cs) run in-process over its seed corpus, so the corpus
/// and the crash contract are checked by every test run, without AFL: each seed is a small self-contained valid
/// document that reaches the engine, the seeds together cover every statement and finding kind, and the harness
/// tells unreadable and invalid inputs apart from analysed ones.</summary>
public class FuzzCorpusTests
{
    private static readonly string CorpusFolder = RepoFiles.PathOf("tests", "ClaimModel.Fuzz", "corpus");

    public static TheoryData<string> Seeds() => [.. SeedFiles().Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_is_valid_on_its_own_and_is_analysed(string seed)
    {
        Assert.Equal(FuzzOutcome.Analysed, FuzzHarness.Run(File.ReadAllBytes(Path.Combine(CorpusFolder, seed))));
    }

    [Fact]
    public void Seeds_cover_every_statement_kind_and_every_finding_kind()
    {
        var documents = SeedFiles().Select(f => ClaimJson.Deserialize(File.ReadAllBytes(f))).ToList();
        var statementKinds = documents
            .SelectMany(d => d.Claims.SelectMany(c => c.Statements).Concat(d.Denials.Where(x => x.Statement is not null).Select(x => x.Statement!)))
            .Select(s => s.Kind)
            .ToHashSet();
        var findingKinds = documents.SelectMany(d => ContradictionDetector.Analyze(d).Findings).Select(f => f.Kind).ToHashSet();

        Assert.Equal(Enum.GetValues<StatementKind>(), statementKinds.Order());
        Assert.Equal(Enum.GetValues<FindingKind>(), findingKinds.Order());
        Assert.Contains(documents, d => !d.Amendments.IsEmpty);
        Assert.Contains(documents, d => d.Sources.Any(s => s.Text is not null));
    }

    [Fact]
    public void Every_proper_prefix_of_a_seed_is_refused_by_the_reader()
    {
        var bytes = File.ReadAllBytes(Path.Combine(CorpusFolder, "denial-by-id.json"));
        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Equal(FuzzOutcome.Unreadable, FuzzHarness.Run(bytes.AsSpan(0, length)));
        }
    }

    [Fact]
    public void A_seed_naming_an_unknown_claimant_is_read_and_round_tripped_but_not_analysed()
    {
        var json = File.ReadAllText(Path.Combine(CorpusFolder, "responsibility.json"));
        var broken = json.Replace("\"claimant\":\"ru\"", "\"claimant\":\"nobody\"", StringComparison.Ordinal);

        Assert.NotEqual(json, broken);
        Assert.Equal(FuzzOutcome.Invalid, FuzzHarness.Run(Encoding.UTF8.GetBytes(broken)));
    }

    private static IEnumerable<string> SeedFiles() => Directory.EnumerateFiles(CorpusFolder, "*.json").Order(StringComparer.Ordinal);
}
