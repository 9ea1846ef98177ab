using System.Text;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Synthetic;
using ClaimModel.Tests.SeedReport;

namespace ClaimModel.Tests.Reporting;

/// <summary>Rendering to a <see cref="TextWriter"/> or <see cref="Stream"/> writes exactly the string API's text,
/// piece by piece: the whole report is never passed on (so never held) at once.</summary>
public sealed class ReportStreamingTests
{
    private static readonly ContradictionReport Large = ContradictionDetector.Analyze(
        SyntheticCorpus.Generate(2_000, seed: 5), new DetectionOptions { IncludeConsistentComparisons = true });

    public static TheoryData<ReportFormat> Formats => [ReportFormat.Text, ReportFormat.Json, ReportFormat.Markdown, ReportFormat.Html];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Writer_and_stream_get_exactly_the_rendered_string(ReportFormat format)
    {
        foreach (var report in new[] { SeedAnalysis.Outcome, Large, new ContradictionReport { Findings = [], ClaimCount = 0, DenialCount = 0 } })
        {
            var expected = ReportRenderer.Render(report, format);
            var text = new StringWriter();
            using var stream = new MemoryStream();

            ReportRenderer.Render(report, format, text);
            ReportRenderer.Render(report, format, stream);

            Assert.Equal(expected, text.ToString());
            Assert.Equal(Encoding.UTF8.GetBytes(expected), stream.ToArray());
        }
    }

    [Fact]
    public void Format_writers_to_a_writer_match_their_strings()
    {
        var text = new StringWriter();
        var markdown = new StringWriter();
        var json = new StringWriter();
        var html = new StringWriter();

        ReportTextWriter.Write(Large, text);
        ReportHtmlWriter.Write(Large, html);
        ReportMarkdownWriter.Write(Large, markdown);
        ReportJsonWriter.Write(Large, json);

        Assert.Equal(ReportTextWriter.Write(Large), text.ToString());
        Assert.Equal(ReportMarkdownWriter.Write(Large), markdown.ToString());
        Assert.Equal(ReportJsonWriter.Write(Large), json.ToString());
        Assert.Equal(ReportHtmlWriter.Write(Large), html.ToString());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_large_report_reaches_a_writer_in_pieces_far_smaller_than_the_report(ReportFormat format)
    {
        var total = ReportRenderer.Render(Large, format).Length;
        var writer = new PieceCountingWriter();

        ReportRenderer.Render(Large, format, writer);

        Assert.True(total > 200_000, $"the report should be large, is {total} characters");
        Assert.Equal(total, writer.Characters);
        Assert.InRange(writer.LargestPiece, 1, 64 * 1024);
    }

    [Fact]
    public void A_large_json_report_reaches_a_stream_in_pieces_each_flushed()
    {
        var total = Encoding.UTF8.GetByteCount(ReportJsonWriter.Write(Large));
        using var stream = new PieceCountingStream();

        ReportJsonWriter.Write(Large, stream);

        Assert.Equal(total, stream.Length);
        Assert.InRange(stream.LargestPiece, 1, 64 * 1024);
        Assert.True(stream.Flushes > 1);
    }

    [Fact]
    public void An_undefined_format_writes_nothing()
    {
        var writer = new StringWriter();
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentOutOfRangeException>(() => ReportRenderer.Render(Large, (ReportFormat)99, writer));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportRenderer.Render(Large, (ReportFormat)99, stream));
        Assert.Equal(string.Empty, writer.ToString());
        Assert.Equal(0, stream.Length);
    }

    /// <summary>Counts the characters it is given and the largest single piece.</summary>
    private sealed class PieceCountingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public int Characters { get; private set; }

        public int LargestPiece { get; private set; }

        public override void Write(char value) => Count(1);

        public override void Write(char[] buffer, int index, int count) => Count(count);

        public override void Write(ReadOnlySpan<char> buffer) => Count(buffer.Length);

        public override void Write(string? value) => Count(value?.Length ?? 0);

        private void Count(int count)
        {
            Characters += count;
            LargestPiece = Math.Max(LargestPiece, count);
        }
    }

    /// <summary>A memory stream that counts the largest single write and the flushes.</summary>
    private sealed class PieceCountingStream : MemoryStream
    {
        public int LargestPiece { get; private set; }

        public int Flushes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            LargestPiece = Math.Max(LargestPiece, count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            LargestPiece = Math.Max(LargestPiece, buffer.Length);
            base.Write(buffer);
        }

        public override void Flush()
        {
            Flushes++;
            base.Flush();
        }
    }
}
