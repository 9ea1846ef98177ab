using System.Text;
using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Synthetic;
using ClaimModel.Tests.Engine;
using ClaimModel.Tests.SeedReport;
using ClaimModel.Tests.Support;

namespace ClaimModel.Tests.Reporting;

/// <summary>An analysis whose findings are streamed hands over exactly the findings of the ordinary report (revised
/// claims left out, no findings cap), keeps the same disputes, and its JSON reads back like the ordinary report's.</summary>
public sealed class StreamedAnalysisTests
{
    private static readonly DetectionOptions Unlimited = new() { Budget = AnalysisBudget.Unlimited, IncludeConsistentComparisons = true };

    public static TheoryData<string> Corpora => ["sample", "representative", "synthetic", "fan-out"];

    private static ClaimDocument CorpusOf(string name) => name switch
    {
        "sample" => SampleReport.Document(),
        "representative" => SampleDocuments.Representative(),
        "synthetic" => SyntheticCorpus.Generate(3_000, seed: 11),
        "fan-out" => FanOutCorpus.Generate(20),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such corpus"),
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Streamed_findings_are_the_report_findings_and_the_disputes_are_the_same(string corpus)
    {
        var document = CorpusOf(corpus);
        var report = ContradictionDetector.Analyze(document, Unlimited);
        var streamed = new List<Finding>();

        var analysis = DisputeAnalyzer.AnalyzeStreaming([document], Unlimited, streamed.Add);

        Assert.NotEmpty(report.Findings);
        Assert.Equal(report.Findings.Count, analysis.FindingCount);
        var sorted = streamed.ToArray();
        FindingOrder.Sort(sorted);
        Assert.Equal(report.Findings, new ValueList<Finding>(sorted));
        Assert.Equal(report.Findings.Select(f => f.Id), sorted.Select(f => f.Id));
        Assert.Empty(analysis.Report.Findings);
        Assert.Equal(report with { Findings = [] }, analysis.Report);
        Assert.Equal(DisputeAnalyzer.Analyze(report), analysis.Disputes);
    }

    [Fact]
    public void Findings_of_revised_claims_are_not_streamed_even_when_the_revising_claim_comes_last()
    {
        var sample = SampleReport.Document();
        var revised = new HashSet<string>(["c-a10", "c-killed-1888"], StringComparer.Ordinal);
        Assert.Contains(ContradictionDetector.Analyze(sample, Unlimited).Findings, f => f.Participants.Any(p => p.Role == ParticipantRole.Claim && revised.Contains(p.Id)));
        var correction = Build.Claim("c-correction", "konashenkov", "i2", Build.Did("russia")) with { Supersedes = ["c-a10"], Retracts = ["c-killed-1888"] };
        var document = sample with { Claims = sample.Claims.Add(correction) };
        var streamed = new List<Finding>();

        DisputeAnalyzer.AnalyzeStreaming([document], Unlimited, streamed.Add);

        Assert.DoesNotContain(streamed, f => f.Participants.Any(p => p.Role == ParticipantRole.Claim && revised.Contains(p.Id)));
        Assert.Equal(ContradictionDetector.Analyze(document, Unlimited).Findings.Count, streamed.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Streaming_is_not_capped_by_max_findings(int maxFindings)
    {
        var document = FanOutCorpus.Generate(5);
        var capped = new DetectionOptions { Budget = new AnalysisBudget { MaxFindings = maxFindings } };
        var all = ContradictionDetector.Analyze(document, Unlimited).Findings.Count;
        var count = 0;

        var analysis = DisputeAnalyzer.AnalyzeStreaming([document], capped, _ => count++);

        Assert.True(all > 10);
        Assert.Equal(all, count);
        Assert.Null(analysis.Report.Truncation);
        Assert.Equal(all, analysis.Disputes.FindingCount);
    }

    [Fact]
    public void Streamed_json_reads_back_as_the_ordinary_report_with_findings_in_the_order_found()
    {
        var document = SampleDocuments.Representative();
        var ordinary = ReportJson.Read(ReportRenderer.Render(ContradictionDetector.Analyze(document, Unlimited), ReportFormat.Json));
        using var bytes = new MemoryStream();

        var analysis = StreamedReportJsonWriter.Write([document], Unlimited, bytes);

        var text = Encoding.UTF8.GetString(bytes.ToArray());
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"formatVersion\": 2,\n  \"findings\": [", text, StringComparison.Ordinal);
        var stored = ReportJson.Read(text);
        Assert.Equal(ordinary.Findings.Count, (int)analysis.FindingCount);
        Assert.Equal(ordinary.Findings.OrderBy(f => f.Id, StringComparer.Ordinal), stored.Findings.OrderBy(f => f.Id, StringComparer.Ordinal));
        Assert.Equal(ordinary with { Findings = [] }, stored with { Findings = [] });
    }

    [Fact]
    public void Streamed_json_to_a_text_writer_is_the_stream_text()
    {
        var document = SampleReport.Document();
        using var bytes = new MemoryStream();
        StreamedReportJsonWriter.Write([document], Unlimited, bytes);
        var text = new StringWriter();

        StreamedReportJsonWriter.Write([document], Unlimited, text);

        Assert.Equal(Encoding.UTF8.GetString(bytes.ToArray()), text.ToString());
    }

    [Fact]
    public void Streamed_seed_report_reads_back_and_is_written_for_the_schema_check()
    {
        var folder = Environment.GetEnvironmentVariable(ClaimModel.Tests.Api.SchemaSampleTests.SamplesVariable);
        var text = new StringWriter();

        StreamedReportJsonWriter.Write([SeedAnalysis.Document], AnalyzeOptions, text);

        var stored = ReportJson.Read(text.ToString());
        var ordinary = StoredReport.Of(ContradictionDetector.Analyze(SeedAnalysis.Document, AnalyzeOptions));
        Assert.NotEmpty(stored.Findings);
        Assert.Equal(ordinary with { Findings = [] }, stored with { Findings = [] });
        Assert.Equal(ordinary.Findings.Order(FindingsById), stored.Findings.Order(FindingsById));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(Path.Combine(folder, "reports"));
            File.WriteAllText(Path.Combine(folder, "reports", "seeds-streamed.json"), text.ToString());
        }
    }

    private static readonly DetectionOptions AnalyzeOptions = new() { IncludeConsistentComparisons = true };

    private static readonly IComparer<Finding> FindingsById = Comparer<Finding>.Create(static (x, y) => string.CompareOrdinal(x.Id, y.Id));
}
