using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Synthetic;
using ClaimModel.Validation;

namespace ClaimModel.Tests.Synthetic;

/// <summary>The fan-out corpus (many voices accusing each other per incident) at a tenth of the benchmark's scale:
/// hundreds of thousands of pairwise findings, one dispute per incident, and a report bounded by the disputes.</summary>
public sealed class FanOutCorpusTests
{
    private const int Incidents = 500;

    private static readonly Lazy<(ClaimDocument Document, ContradictionReport Report)> Analysed = new(() =>
    {
        var document = FanOutCorpus.Generate(Incidents);
        return (document, ContradictionDetector.Analyze(document));
    });

    [Fact]
    public void The_corpus_is_valid_and_has_the_shape_it_promises()
    {
        var (document, _) = Analysed.Value;

        Assert.True(ClaimValidation.Validate(document).IsValid);
        Assert.Equal(Incidents * FanOutCorpus.DefaultClaimsPerIncident, document.Claims.Count);
        Assert.Equal(Incidents * 2, document.Denials.Count);
        Assert.Equal(document, FanOutCorpus.Generate(Incidents));
    }

    [Fact]
    public void Every_cross_side_accusation_pair_and_every_denied_accusation_is_a_finding()
    {
        var (_, report) = Analysed.Value;
        var half = FanOutCorpus.Accusations / 2;

        Assert.Null(report.Truncation);
        Assert.Equal(FanOutCorpus.ExpectedConflicts(Incidents), report.Findings.Count(f => f.Kind == FindingKind.ConflictingResponsibility));
        Assert.Equal(Incidents * 2 * half, report.Findings.Count(f => f.Kind == FindingKind.Denial));
        Assert.Equal(report.Findings.Count, report.Findings.Count(f => f.Kind is FindingKind.ConflictingResponsibility or FindingKind.Denial));
    }

    [Fact]
    public void One_contested_dispute_per_incident_holds_all_of_its_findings()
    {
        var (_, report) = Analysed.Value;

        var disputes = DisputeAnalyzer.Analyze(report);

        Assert.Equal(Incidents, disputes.Disputes.Count);
        Assert.All(disputes.Disputes, d => Assert.Equal(DisputeStatus.Contested, d.Status));
        Assert.Equal(report.Findings.Count, disputes.Disputes.Sum(d => d.Findings.Count));
        Assert.All(disputes.Disputes, d => Assert.Equal(4, d.Positions.Count));
    }

    [Fact]
    public void The_report_at_the_default_detail_grows_with_the_disputes_not_the_findings()
    {
        var (document, report) = Analysed.Value;
        var small = ContradictionDetector.Analyze(FanOutCorpus.Generate(Incidents / 10));

        var lines = Lines(report);
        var smallLines = Lines(small);

        // Findings: 440 per incident; the summary and the dispute cards: a few dozen lines per dispute.
        Assert.InRange(lines, Incidents * 5, Incidents * 60);
        Assert.InRange((double)lines / smallLines, 9.0, 11.0);
        Assert.True(lines < report.Findings.Count / 5, $"{lines} lines for {report.Findings.Count} findings");
        Assert.DoesNotContain(report.Findings[0].Id, Render(report), StringComparison.Ordinal);
        Assert.Equal(document.Claims.Count, report.ClaimCount);
    }

    private static string Render(ContradictionReport report)
    {
        var writer = new StringWriter();
        ReportRenderer.Render(report, ReportFormat.Text, writer, ReportDetail.Disputes);
        return writer.ToString();
    }

    private static int Lines(ContradictionReport report) => Render(report).Count(c => c == '\n');
}
