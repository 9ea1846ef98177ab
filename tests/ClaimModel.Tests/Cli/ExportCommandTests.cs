using ClaimModel.Cli;
using ClaimModel.Serialization;
using ClaimModel.Tests.Export;
using ClaimModel.Tests.SeedReport;
using Snapshooter.Xunit;

namespace ClaimModel.Tests.Cli;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimmodel-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Export_seeds_as_claimreview_by_default_exits_0_and_matches_its_snapshot()
    {
        var run = SeedCorpusCliTests.RunOnSeeds("export");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(run.Output, SeedCorpusCliTests.RunOnSeeds("export", "--format", "claimreview").Output);
        Assert.EndsWith("}\n", run.Output, StringComparison.Ordinal);
        Snapshot.Match(run.Output);
    }

    [Fact]
    public void Export_seeds_as_prov_json_ld_exits_0_and_matches_its_snapshot()
    {
        var run = SeedCorpusCliTests.RunOnSeeds("export", "--format", "prov");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Snapshot.Match(run.Output);
    }

    [Fact]
    public void Export_seeds_as_prov_turtle_exits_0_and_matches_its_snapshot()
    {
        var run = SeedCorpusCliTests.RunOnSeeds("export", "--format", "prov-turtle");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.EndsWith(" .\n", run.Output, StringComparison.Ordinal);
        Assert.False(run.Output.EndsWith("\n\n", StringComparison.Ordinal));
        Snapshot.Match(run.Output);
    }

    [Theory]
    [InlineData("dot")]
    [InlineData("mermaid")]
    public void Export_seeds_as_a_graph_writes_what_the_accusation_graph_writer_writes(string format)
    {
        var run = SeedCorpusCliTests.RunOnSeeds("export", "--format", format);
        var expected = new StringWriter();
        if (format == "dot")
            global::ClaimModel.Reporting.AccusationGraphWriter.WriteDot(SeedAnalysis.Outcome, expected);
        else
            global::ClaimModel.Reporting.AccusationGraphWriter.WriteMermaid(SeedAnalysis.Outcome, expected);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(expected.ToString(), run.Output);
        Assert.StartsWith(format == "dot" ? "digraph" : "flowchart", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_library_and_the_command_write_the_same_export()
    {
        var run = CliRun.Of("export", ExportFixtures.RevisionsPath, "--review", ExportFixtures.RevisionsReviewPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(global::ClaimModel.Export.ClaimReviewWriter.ToJson(ExportFixtures.Revisions, ExportFixtures.RevisionsReview) + "\n", run.Output);
        Assert.Equal(global::ClaimModel.Export.ProvTurtleWriter.ToTurtle(ExportFixtures.Revisions), CliRun.Of("export", ExportFixtures.RevisionsPath, "-f", "prov-turtle").Output);
    }

    [Fact]
    public void Output_goes_to_the_file_given_and_a_base_iri_replaces_the_default()
    {
        var file = Path.Combine(_folder, "out.ttl");

        var run = CliRun.Of("export", ExportFixtures.RevisionsPath, "-f", "prov-turtle", "--base-iri", "https://newsroom.example/", "-o", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("<https://newsroom.example/claim/c-first>", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_command_line_error_listing_the_formats()
    {
        var run = CliRun.Of("export", ExportFixtures.RevisionsPath, "--format", "graphml");

        Assert.Equal(ExitCodes.Unreadable, run.ExitCode);
        Assert.Contains("--format 'graphml' is not supported; use one of: claimreview, prov, prov-turtle, dot, mermaid.", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_base_iri_that_is_not_absolute_exits_2()
    {
        var run = CliRun.Of("export", ExportFixtures.RevisionsPath, "--base-iri", "claims/");

        Assert.Equal(ExitCodes.Unreadable, run.ExitCode);
        Assert.Contains("--base-iri 'claims/' is not an absolute IRI", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_missing_review_file_exits_2_and_nothing_is_written()
    {
        var missing = Path.Combine(_folder, "missing.json");

        var run = CliRun.Of("export", ExportFixtures.RevisionsPath, "--review", missing);

        Assert.Equal(ExitCodes.Unreadable, run.ExitCode);
        Assert.StartsWith("unreadable: " + missing + ": cannot read the review file", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_review_file_that_breaks_a_rule_exits_2_naming_the_member()
    {
        var file = Path.Combine(_folder, "review.json");
        File.WriteAllText(file, "{\"reviews\": [{\"claim\": \"c-first\", \"rating\": {\"name\": \"False\"}}]}");

        var run = CliRun.Of("export", ExportFixtures.RevisionsPath, "--review", file);

        Assert.Equal(ExitCodes.Unreadable, run.ExitCode);
        Assert.Contains("$.reviews[0].rating: unknown member 'name'", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_review_of_a_claim_the_corpus_does_not_hold_exits_2()
    {
        var file = Path.Combine(_folder, "review.json");
        File.WriteAllText(file, "{\"reviews\": [{\"claim\": \"c-elsewhere\", \"rating\": {\"alternateName\": \"False\"}}]}");

        var run = CliRun.Of("export", ExportFixtures.RevisionsPath, "--review", file);

        Assert.Equal(ExitCodes.Unreadable, run.ExitCode);
        Assert.Contains("the reviews name no claim or denial of the corpus: c-elsewhere", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void An_invalid_corpus_exits_2_and_is_not_exported()
    {
        var document = ExportFixtures.Revisions;
        var broken = document with { Claims = [document.Claims[0] with { Claimant = "nobody-known" }, .. document.Claims.Skip(1)] };
        var file = Path.Combine(_folder, "invalid.json");
        File.WriteAllText(file, ClaimJson.Serialize(broken));

        var run = CliRun.Of("export", file, "-f", "prov");

        Assert.Equal(ExitCodes.Unreadable, run.ExitCode);
        Assert.Contains("nobody-known", run.Error, StringComparison.Ordinal);
        Assert.Contains("invalid input, nothing exported", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Every_export_format_has_a_unique_name_and_the_help_lists_them()
    {
        var names = ExportFormat.All.Select(f => f.Name).ToList();
        var help = CliRun.Of("export", "--help").Output;

        Assert.Equal(names.Distinct(StringComparer.OrdinalIgnoreCase).Count(), names.Count);
        Assert.Equal("claimreview", names[0]);
        foreach (var name in names)
        {
            Assert.Contains(name, help, StringComparison.Ordinal);
        }
    }
}
