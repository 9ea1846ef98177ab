using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Serialization;
using ClaimModel.Tests.SeedReport;

namespace ClaimModel.Tests.Reporting;

/// <summary>The report JSON reads back: what the writer writes is a <see cref="StoredReport"/> equal to the one made
/// from the analysis, written again byte for byte; the reader is strict and names the path.</summary>
public sealed class ReportJsonReadTests
{
    private static readonly Lazy<string> SeedJson = new(() => ReportJsonWriter.Write(SeedAnalysis.Outcome));

    [Fact]
    public void The_seed_report_json_reads_back_to_the_stored_report_of_the_analysis_and_writes_again_byte_for_byte()
    {
        var read = ReportJson.Read(SeedJson.Value);

        Assert.Equal(StoredReport.Of(SeedAnalysis.Outcome), read);
        Assert.Equal(SeedJson.Value, ReportJson.Write(read));
        Assert.Equal(SeedAnalysis.Outcome.Findings.Select(f => f.Id), read.Findings.Select(f => f.Id));
        Assert.Equal(2, read.FormatVersion);
        Assert.Equal(read.Findings.Count, read.Disputes.Sum(d => d.Findings.Count));
    }

    [Fact]
    public void A_stream_and_utf8_bytes_with_a_byte_order_mark_read_the_same()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(SeedJson.Value)).ToArray();

        using var stream = new MemoryStream(bytes);
        Assert.Equal(ReportJson.Read(SeedJson.Value), ReportJson.Read(stream));
        Assert.Equal(ReportJson.Read(SeedJson.Value), ReportJson.Read(bytes.AsSpan()));
    }

    [Theory]
    [InlineData("\"claimCount\"", "\"claimTotal\"", "claimTotal")]
    [InlineData("\"formatVersion\": 2", "\"formatVersion\": 1", "report formatVersion (1)")]
    [InlineData("\"severity\": \"high\"", "\"severity\": \"grave\"", "findings[0].severity")]
    [InlineData("\"status\": \"contested\"", "\"status\": \"open\"", "disputes[0].status")]
    public void A_report_that_is_not_the_format_is_an_error_naming_where(string from, string to, string expected)
    {
        var json = ReplaceFirst(SeedJson.Value, from, to);

        var error = Assert.Throws<ClaimJsonException>(() => ReportJson.Read(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_whose_id_was_edited_is_an_error()
    {
        var id = SeedAnalysis.Outcome.Findings[0].Id;
        var json = ReplaceFirst(SeedJson.Value, "\"id\": \"" + id + "\"", "\"id\": \"fnd-0000000000000000\"");

        var error = Assert.Throws<ClaimJsonException>(() => ReportJson.Read(json));

        Assert.Contains("is not the id of the finding it names (" + id + ")", error.Message, StringComparison.Ordinal);
        Assert.Contains("findings[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_after_the_report_is_an_error()
    {
        Assert.Throws<ClaimJsonException>(() => ReportJson.Read(SeedJson.Value + " {}"));
    }

    [Fact]
    public void A_report_analysed_without_comparisons_or_history_omits_them_and_reads_back()
    {
        var report = ContradictionDetector.Analyze(SeedAnalysis.Document);

        var json = ReportJsonWriter.Write(report);

        Assert.Equal(StoredReport.Of(report), ReportJson.Read(json));
        Assert.DoesNotContain("\"consistentComparisons\"", json, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }
}
