using ClaimModel.Cli;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using Snapshooter.Xunit;

namespace ClaimModel.Tests.Reporting;

public class ReportRenderingTests
{
    [Fact]
    public void Sample_document_has_one_finding_of_every_kind_and_one_voice_per_relayed_utterance()
    {
        var report = SampleReport.Analyze();

        Assert.All(Enum.GetValues<FindingKind>(), kind => Assert.True(report.CountOf(kind) >= 1, kind.ToString()));
        var denial = report.Findings.Single(f => f.Kind == FindingKind.Denial && f.Participants[0].Id == "c-a10");
        Assert.Equal(["konashenkov", "state-dept"], denial.Origins);
        Assert.Equal(3, denial.Participants[0].Reports.Count);
    }

    [Fact]
    public void Text_report_of_the_sample_document()
    {
        Snapshot.Match(ReportTextWriter.Write(SampleReport.Analyze()));
    }

    [Fact]
    public void Json_report_of_the_sample_document()
    {
        Snapshot.Match(ReportJsonWriter.Write(SampleReport.Analyze()));
    }

    [Fact]
    public void Markdown_report_of_the_sample_document()
    {
        Snapshot.Match(ReportMarkdownWriter.Write(SampleReport.Analyze()));
    }

    [Fact]
    public void Text_report_lists_the_consistent_comparisons_after_the_findings()
    {
        var text = ReportTextWriter.Write(SampleReport.AnalyzeWithConsistentComparisons());

        Assert.StartsWith(ReportTextWriter.Write(SampleReport.Analyze()), text, StringComparison.Ordinal);
        Snapshot.Match(text[text.IndexOf("\nConsistent comparisons: ", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Markdown_report_lists_the_consistent_comparisons_after_the_findings()
    {
        var markdown = ReportMarkdownWriter.Write(SampleReport.AnalyzeWithConsistentComparisons());

        Assert.StartsWith(ReportMarkdownWriter.Write(SampleReport.Analyze()), markdown, StringComparison.Ordinal);
        Snapshot.Match(markdown[markdown.IndexOf("\n# Consistent comparisons", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Json_report_has_the_consistent_comparisons_array_after_the_findings()
    {
        using var json = System.Text.Json.JsonDocument.Parse(ReportJsonWriter.Write(SampleReport.AnalyzeWithConsistentComparisons()));

        Assert.Equal(["formatVersion", "claimCount", "denialCount", "incidents", "findings", "consistentComparisons"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Snapshot.Match(json.RootElement.GetProperty("consistentComparisons").ToString());
    }

    [Fact]
    public void Reports_without_consistent_comparisons_have_no_such_section()
    {
        var report = ContradictionDetector.Analyze(new ClaimDocument(), new DetectionOptions { IncludeConsistentComparisons = true });

        Assert.Equal("Contradictions: 0 findings from 0 claims and 0 denials\n", ReportRenderer.Render(report, ReportFormat.Text));
        Assert.DoesNotContain("consistent", ReportRenderer.Render(report, ReportFormat.Json), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_report_renders_a_summary_only()
    {
        var report = ContradictionDetector.Analyze(new ClaimDocument());

        Assert.Equal("Contradictions: 0 findings from 0 claims and 0 denials\n", ReportRenderer.Render(report, ReportFormat.Text));
        Assert.Equal("{\n  \"formatVersion\": 2,\n  \"claimCount\": 0,\n  \"denialCount\": 0,\n  \"incidents\": [],\n  \"findings\": []\n}\n", ReportRenderer.Render(report, ReportFormat.Json));
        Assert.Equal("# Contradictions\n\n0 findings from 0 claims and 0 denials.\n", ReportRenderer.Render(report, ReportFormat.Markdown));
    }

    [Fact]
    public void Json_converter_writes_the_same_json_and_refuses_to_read()
    {
        var report = SampleReport.Analyze();
        var options = new System.Text.Json.JsonSerializerOptions { Converters = { new ContradictionReportJsonConverter() } };
        var converter = (ContradictionReportJsonConverter)options.GetConverter(typeof(ContradictionReport));
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, ReportJsonWriter.Options))
        {
            converter.Write(writer, report, options);
        }

        Assert.Equal(ReportJsonWriter.Write(report), System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.Throws<NotSupportedException>(() =>
        {
            var reader = new System.Text.Json.Utf8JsonReader("{}"u8);
            return converter.Read(ref reader, typeof(ContradictionReport), options);
        });
    }

    [Theory]
    [InlineData("text", ReportFormat.Text)]
    [InlineData("json", ReportFormat.Json)]
    [InlineData("markdown", ReportFormat.Markdown)]
    [InlineData("html", ReportFormat.Html)]
    public void Format_names_are_kebab_case(string name, ReportFormat format)
    {
        Assert.True(ReportRenderer.TryParseFormat(name, out var parsed));
        Assert.Equal(format, parsed);
        Assert.False(ReportRenderer.TryParseFormat(name.ToUpperInvariant(), out _));
    }

    [Fact]
    public void Analyze_command_exits_0_when_the_analysis_ran_whether_or_not_it_found_anything()
    {
        using var withFindings = new StringWriter();
        using var without = new StringWriter();

        Assert.Equal(AnalyzeCommand.ExitAnalyzed, AnalyzeCommand.Run([SampleReport.Document()], ReportFormat.Json, withFindings));
        Assert.Equal(AnalyzeCommand.ExitAnalyzed, AnalyzeCommand.Run([new ClaimDocument()], ReportFormat.Text, without));
        Assert.StartsWith("{\n  \"formatVersion\": 2,", withFindings.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"findings\": [\n    {", withFindings.ToString(), StringComparison.Ordinal);
        Assert.Equal("Contradictions: 0 findings from 0 claims and 0 denials\n", without.ToString());
    }

    [Fact]
    public void Analyze_command_with_fail_on_findings_exits_1_only_when_something_was_found()
    {
        Assert.Equal(AnalyzeCommand.ExitFindings, AnalyzeCommand.Run([SampleReport.Document()], ReportFormat.Text, TextWriter.Null, failOnFindings: true));
        Assert.Equal(AnalyzeCommand.ExitAnalyzed, AnalyzeCommand.Run([new ClaimDocument()], ReportFormat.Text, TextWriter.Null, failOnFindings: true));
    }

    [Theory]
    [InlineData(false, AnalyzeCommand.ExitAnalyzed)]
    [InlineData(true, AnalyzeCommand.ExitFindings)]
    public void Analyze_command_line_exit_code_follows_fail_on_findings(bool failOnFindings, int expected)
    {
        var folder = Directory.CreateTempSubdirectory("claimmodel-analyze-");
        try
        {
            var file = Path.Join(folder.FullName, "sample.json");
            File.WriteAllText(file, ClaimModel.Serialization.ClaimJson.Serialize(SampleReport.Document()));
            string[] args = failOnFindings ? [file, "--fail-on-findings"] : [file];

            var exit = AnalyzeCommand.Create(new CliConsole { Output = TextWriter.Null, Error = TextWriter.Null }).Parse(args).Invoke();

            Assert.Equal(expected, exit);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Analyze_command_reads_merges_validates_and_renders_the_chosen_format()
    {
        var folder = Directory.CreateTempSubdirectory("claimmodel-analyze-");
        try
        {
            var file = Path.Join(folder.FullName, "sample.json");
            File.WriteAllText(file, ClaimModel.Serialization.ClaimJson.Serialize(SampleReport.Document()));
            var output = new StringWriter { NewLine = "\n" };

            var exit = AnalyzeCommand.Create(new CliConsole { Output = output, Error = TextWriter.Null }).Parse([folder.FullName, "--format", "markdown"]).Invoke();

            Assert.Equal(ReportMarkdownWriter.Write(ContradictionDetector.Analyze(SampleReport.Document(), AnalyzeCommand.Options), ReportDetail.Disputes), output.ToString());
            Assert.Equal(AnalyzeCommand.ExitAnalyzed, exit);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Analyze_command_reports_an_unreadable_input_with_exit_code_2()
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };

        var exit = AnalyzeCommand.Create(new CliConsole { Output = output, Error = error }).Parse(["no-such-file.json"]).Invoke();

        Assert.Equal(AnalyzeCommand.ExitInputError, exit);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Equal("unreadable: no-such-file.json: no such file or folder\n", error.ToString());
    }

    [Fact]
    public void Sources_are_shown_by_outlet_and_linked_in_markdown_when_they_have_a_url()
    {
        var document = SampleReport.Document();
        document = document with
        {
            Sources = ValueList.From(document.Sources.Select(s => s.Id == "ibt" ? s with { Outlet = "International Business Times", Url = "https://www.ibtimes.co.uk/a (b)" } : s)),
        };
        var report = ContradictionDetector.Analyze(document);

        var markdown = ReportMarkdownWriter.Write(report);
        var text = ReportTextWriter.Write(report);

        var line = markdown.Split('\n').First(l => l.Contains("two American", StringComparison.Ordinal));
        Assert.Equal("  - \"two American A-10 assault aircraft\" in [International Business Times (ibt)](https://www.ibtimes.co.uk/a%20(b%29) via rt", line);
        Assert.Contains("\"two American A-10 assault aircraft\" in International Business Times (ibt) via rt", text, StringComparison.Ordinal);
    }
}
