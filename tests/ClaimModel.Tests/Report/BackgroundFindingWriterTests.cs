using System.Text;
using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Serialization;
using ClaimModel.Synthetic;

namespace ClaimModel.Tests.Reporting;

/// <summary>Findings written on a second thread while the analysis goes on give the bytes of writing each finding where
/// it is found, reach the sink on the calling thread, and an exception on either side surfaces on the calling thread
/// without a hang.</summary>
public sealed class BackgroundFindingWriterTests
{
    private static readonly DetectionOptions Unlimited = new() { Budget = AnalysisBudget.Unlimited };

    /// <summary>Thousands of findings (many batches of the writer), in the order found.</summary>
    private static readonly Lazy<Finding[]> FanOutFindings = new(() =>
    {
        var found = new List<Finding>();
        DisputeAnalyzer.AnalyzeStreaming([FanOutCorpus.Generate(12)], Unlimited, found.Add);
        return [.. found];
    });

    public static TheoryData<int> Counts => [0, 1, 255, 256, 257, 4_000];

    [Theory]
    [MemberData(nameof(Counts))]
    public void Findings_written_in_the_background_are_the_bytes_written_in_place(int count)
    {
        var findings = FanOutFindings.Value[..count];
        var expected = new MemoryStream();
        using (var output = new JsonStreamOutput(expected, ReportJsonWriter.Options))
        {
            var format = OutputWireFormat.FindingWith(new ParticipantJsonCache(), new PlainStringElements());
            output.Json.WriteStartArray();
            foreach (var finding in findings)
            {
                format.Write(output.Json, finding);
                output.MaybeDrain();
            }

            output.Json.WriteEndArray();
            output.Complete();
        }

        var sink = new ThreadRecordingStream();
        var writers = new HashSet<int>();
        using (var output = new JsonStreamOutput(sink, ReportJsonWriter.Options))
        {
            var format = OutputWireFormat.FindingWith(new ParticipantJsonCache(), new PlainStringElements());
            output.Json.WriteStartArray();
            using (var background = new BackgroundFindingWriter(output, (json, finding) =>
            {
                lock (writers)
                {
                    writers.Add(Environment.CurrentManagedThreadId);
                }

                format.Write(json, finding);
            }))
            {
                foreach (var finding in findings)
                {
                    background.Add(finding);
                }

                background.Complete();
            }

            output.Json.WriteEndArray();
            output.Complete();
        }

        Assert.True(FanOutFindings.Value.Length >= 4_000);
        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), Encoding.UTF8.GetString(sink.ToArray()));
        Assert.Equal([Environment.CurrentManagedThreadId], sink.Writers);
        if (count >= 256 && Environment.ProcessorCount > 1)
        {
            Assert.DoesNotContain(Environment.CurrentManagedThreadId, writers); // written on the second thread
        }
        else
        {
            Assert.True(count == 0 || writers.SetEquals([Environment.CurrentManagedThreadId]));
        }
    }

    [Fact]
    public void Streamed_json_lists_the_findings_in_the_order_found_and_reads_back_as_the_report()
    {
        var document = FanOutCorpus.Generate(12);
        var found = new List<string>();
        DisputeAnalyzer.AnalyzeStreaming([document], Unlimited, f => found.Add(f.Id));
        var ordinary = StoredReport.Of(ContradictionDetector.Analyze(document, Unlimited));
        using var bytes = new MemoryStream();

        StreamedReportJsonWriter.Write([document], Unlimited, bytes);

        var stored = ReportJson.Read(Encoding.UTF8.GetString(bytes.ToArray()));
        Assert.True(found.Count > 4_000);
        Assert.Equal(found, stored.Findings.Select(f => f.Id));
        Assert.Equal(ordinary.Findings.OrderBy(f => f.Id, StringComparer.Ordinal), stored.Findings.OrderBy(f => f.Id, StringComparer.Ordinal));
        Assert.Equal(ordinary with { Findings = [] }, stored with { Findings = [] });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    public void A_failing_sink_stops_the_analysis_with_its_own_exception(int failingWrite)
    {
        var sink = new ThreadRecordingStream { FailAt = failingWrite };

        var thrown = Assert.Throws<IOException>(() => StreamedReportJsonWriter.Write([FanOutCorpus.Generate(12)], Unlimited, sink));

        Assert.Same(sink.Failure, thrown);
        Assert.Equal([Environment.CurrentManagedThreadId], sink.Writers);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(300)]
    [InlineData(3_000)]
    public void A_failing_writer_surfaces_its_exception_on_the_calling_thread(int failingFinding)
    {
        var findings = FanOutFindings.Value;
        var failure = new InvalidOperationException("cannot write this finding");
        var written = 0;
        using var output = new JsonStreamOutput(Stream.Null, ReportJsonWriter.Options);
        output.Json.WriteStartArray();
        using var background = new BackgroundFindingWriter(output, (json, finding) =>
        {
            if (++written == failingFinding)
            {
                throw failure;
            }

            json.WriteStringValue(finding.Id);
        });

        var thrown = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var finding in findings)
            {
                background.Add(finding);
            }

            background.Complete();
        });

        Assert.Same(failure, thrown);
        Assert.Equal(failingFinding, written);
    }

    [Fact]
    public void Disposing_while_the_writer_runs_stops_it()
    {
        var findings = FanOutFindings.Value;
        var written = 0;
        var sink = new ThreadRecordingStream();
        using var output = new JsonStreamOutput(sink, ReportJsonWriter.Options);
        output.Json.WriteStartArray();
        var background = new BackgroundFindingWriter(output, (json, finding) =>
        {
            Interlocked.Increment(ref written);
            Thread.Sleep(1);
            json.WriteStringValue(finding.Id);
        });
        for (var i = 0; i < 2_000; i++)
        {
            background.Add(findings[i]);
        }

        background.Dispose(); // as when the analysis fails: no Complete

        // Seven full batches (1,792 findings) were handed over; each takes the writer at least 1 ms: stopped, it writes
        // far fewer, and nothing once Dispose has returned.
        var stopped = Volatile.Read(ref written);
        Thread.Sleep(50);
        Assert.Equal(stopped, Volatile.Read(ref written));
        Assert.True(stopped < 7 * 256, $"{stopped} of the 1,792 findings handed over were written: the writer was not stopped");
    }

    /// <summary>A memory stream that records the threads writing to it and can fail at its n-th write.</summary>
    private sealed class ThreadRecordingStream : MemoryStream
    {
        private int _writes;

        public HashSet<int> Writers { get; } = [];

        public int FailAt { get; init; }

        public IOException? Failure { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Record();
            var bytes = buffer.ToArray();
            base.Write(bytes, 0, bytes.Length);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Record();
            base.Write(buffer, offset, count);
        }

        private void Record()
        {
            lock (Writers)
            {
                Writers.Add(Environment.CurrentManagedThreadId);
            }

            if (++_writes == FailAt)
            {
                throw Failure = new IOException("the disk is full");
            }
        }
    }
}
