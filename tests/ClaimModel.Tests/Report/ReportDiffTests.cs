using ClaimModel.Cli;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Tests.Cli;
using ClaimModel.Tests.SeedReport;

namespace ClaimModel.Tests.Reporting;

/// <summary><see cref="ReportDiff"/> on seed variants (a denial removed, a claim added) and <c>claimmodel diff</c>.</summary>
public sealed class ReportDiffTests
{
    private static StoredReport Seeds => StoredReport.Of(SeedAnalysis.Outcome);

    private static StoredReport Analyze(ClaimDocument document) => StoredReport.Of(ContradictionDetector.Analyze(document, AnalyzeCommand.Options));

    [Fact]
    public void A_report_compared_with_itself_read_back_has_no_changes()
    {
        var diff = ReportDiff.Compare(Seeds, ReportJson.Read(ReportJsonWriter.Write(SeedAnalysis.Outcome)));

        Assert.True(diff.IsEmpty);
        Assert.Equal("No changes\n", ReportDiffWriter.Write(diff, ReportFormat.Text));
    }

    [Fact]
    public void Removing_a_denial_resolves_exactly_its_findings_and_changes_or_resolves_their_disputes()
    {
        var denial = SeedAnalysis.Outcome.Findings.First(f => f.Kind == FindingKind.Denial).Participants.Single(p => p.Role == ParticipantRole.Denial).Id;
        var without = Analyze(SeedAnalysis.Document with { Denials = [.. SeedAnalysis.Document.Denials.Where(d => d.Id != denial)] });

        var diff = ReportDiff.Compare(Seeds, without);

        var involved = Seeds.Findings.Where(f => f.Participants.Any(p => p.Id == denial)).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(involved);
        Assert.Equal(involved.Order(StringComparer.Ordinal), diff.ResolvedFindings.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.Empty(diff.AddedFindings);
        Assert.Empty(diff.AddedDisputes);
        var touched = Seeds.Disputes.Where(d => d.Findings.Any(involved.Contains)).Select(d => d.Id).Order(StringComparer.Ordinal);
        Assert.Equal(touched, diff.ChangedDisputes.Select(c => c.Id).Concat(diff.ResolvedDisputes.Select(d => d.Id)).Order(StringComparer.Ordinal));
        Assert.All(diff.ChangedDisputes, c => Assert.Equal(c.Before.Findings.Where(involved.Contains), c.ResolvedFindings));
        Assert.All(diff.ResolvedDisputes, d => Assert.All(d.Findings, id => Assert.Contains(id, involved)));
    }

    [Fact]
    public void Adding_a_claim_by_a_new_voice_adds_findings_and_a_voice_to_the_dispute()
    {
        var finding = SeedAnalysis.Outcome.Findings.First(f => f.Kind == FindingKind.Denial && f.Participants[0].Statement is null);
        var accused = SeedAnalysis.Claim(finding.Participants[0].Id);
        var echo = accused with { Id = "c-echo", Claimant = "un", Supersedes = [], Retracts = [] };

        var diff = ReportDiff.Compare(Seeds, Analyze(SeedAnalysis.Document with { Claims = [.. SeedAnalysis.Document.Claims, echo] }));

        Assert.NotEmpty(diff.AddedFindings);
        Assert.All(diff.AddedFindings, f => Assert.Contains(f.Participants, p => p.Id == "c-echo"));
        Assert.Empty(diff.ResolvedFindings);
        Assert.Empty(diff.ResolvedDisputes);
        var dispute = Assert.Single(Seeds.Disputes, d => d.Findings.Contains(finding.Id));
        var change = Assert.Single(diff.ChangedDisputes, c => c.Id == dispute.Id);
        Assert.NotEmpty(change.AddedFindings);
        Assert.True(change.VoiceCounts.Any(v => v.After == v.Before + 1) || !change.AddedPositions.IsEmpty, ReportDiffWriter.Write(diff, ReportFormat.Text));
        var text = ReportDiffWriter.Write(diff, ReportFormat.Text);
        Assert.Contains("Disputes changed\n  ", text, StringComparison.Ordinal);
        Assert.Contains("+ finding " + change.AddedFindings[0], text, StringComparison.Ordinal);
        Assert.Contains("## Disputes changed", ReportDiffWriter.Write(diff, ReportFormat.Markdown), StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(ReportDiffWriter.Write(diff, ReportFormat.Json));
        Assert.Equal(diff.AddedFindings.Count, json.RootElement.GetProperty("findings").GetProperty("added").GetArrayLength());
        Assert.Equal(dispute.Id, json.RootElement.GetProperty("disputes").GetProperty("changed")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void A_figure_added_for_an_incident_changes_or_adds_its_range()
    {
        var killed = SeedAnalysis.Document.Claims.First(c => c.Incident is not null && c.Statements.Any(s => s is QuantityStatement { Figure.Measure: "killed" }));
        var statement = killed.Statements.OfType<QuantityStatement>().First(s => s.Figure.Measure == "killed");
        var higher = new Claim
        {
            Id = "c-higher",
            Claimant = "un",
            Incident = killed.Incident,
            Statements = [statement with { Figure = statement.Figure with { Qualifier = FigureQualifier.Exact, Value = 1000, UpperValue = null, Vague = null, Text = "1,000 people", Cumulative = false, AsOf = null } }],
            Reports = killed.Reports,
        };

        var diff = ReportDiff.Compare(Seeds, Analyze(SeedAnalysis.Document with { Claims = [.. SeedAnalysis.Document.Claims, higher] }));

        var range = Assert.Single(diff.Figures, r => r.Incident == killed.Incident && r.Measure == "killed");
        Assert.Equal(1000, range.After!.High);
    }

    [Fact]
    public void Claimmodel_diff_exits_1_with_the_changes_0_without_and_2_for_a_file_that_is_not_a_report()
    {
        var folder = Directory.CreateTempSubdirectory("claimmodel-diff-");
        try
        {
            var before = Path.Combine(folder.FullName, "before.json");
            var after = Path.Combine(folder.FullName, "after.json");
            var denial = SeedAnalysis.Document.Denials[0].Id;
            File.WriteAllText(before, ReportJsonWriter.Write(SeedAnalysis.Outcome));
            File.WriteAllText(after, ReportJsonWriter.Write(ContradictionDetector.Analyze(SeedAnalysis.Document with { Denials = [.. SeedAnalysis.Document.Denials.Where(d => d.Id != denial)] }, AnalyzeCommand.Options)));

            var changed = CliRun.Of("diff", before, after);
            var same = CliRun.Of("diff", before, before, "--format", "json");
            var document = CliRun.Of("diff", before, SeedPathsOf("common.json"));
            var output = Path.Combine(folder.FullName, "diff.md");
            var written = CliRun.Of("diff", before, after, "-f", "markdown", "--output", output);

            Assert.Equal(1, changed.ExitCode);
            Assert.StartsWith("0 disputes added, ", changed.Output, StringComparison.Ordinal);
            Assert.Contains("Findings resolved\n", changed.Output, StringComparison.Ordinal);
            Assert.Equal(0, same.ExitCode);
            Assert.Equal(string.Empty, same.Error);
            using (var json = System.Text.Json.JsonDocument.Parse(same.Output))
            {
                Assert.Equal(0, json.RootElement.GetProperty("findings").GetProperty("added").GetArrayLength());
            }

            Assert.Equal(2, document.ExitCode);
            Assert.Contains("common.json", document.Error, StringComparison.Ordinal);
            Assert.Equal(1, written.ExitCode);
            Assert.StartsWith("# 0 disputes added", File.ReadAllText(output), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string SeedPathsOf(string name) => Path.Combine(ClaimModel.Tests.Seeds.SeedPaths.SeedsDir, name);
}
