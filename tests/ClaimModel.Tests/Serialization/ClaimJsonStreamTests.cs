using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ClaimModel.Engine;
using ClaimModel.Serialization;
using ClaimModel.Tests.Support;

namespace ClaimModel.Tests.Serialization;

/// <summary>Claims and denials read from NDJSON and JSON arrays as async streams, errors located in the stream, and
/// the index adding such streams.</summary>
public sealed class ClaimJsonStreamTests
{
    private static readonly ClaimDocument Document = SampleDocuments.Representative();

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64 * 1024)]
    public async Task Ndjson_claims_read_back_equal_with_blank_lines_crlf_and_a_bom(int chunk)
    {
        var lines = Document.Claims.Select(Line).ToArray();
        var text = "\uFEFF" + string.Join("\r\n\n", lines) + "\r\n";

        var claims = await ReadAllAsync(ClaimJsonStream.ReadClaimsAsync(Trickle(text, chunk), ClaimStreamFormat.Ndjson));

        Assert.Equal(Document.Claims, claims);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(64 * 1024)]
    public async Task Json_array_claims_read_back_equal_in_any_chunking(int chunk)
    {
        var text = "\uFEFF [\n  " + string.Join(",\n  ", Document.Claims.Select(Line)) + "\n]\n";

        var claims = await ReadAllAsync(ClaimJsonStream.ReadClaimsAsync(Trickle(text, chunk), ClaimStreamFormat.JsonArray));

        Assert.Equal(Document.Claims, claims);
    }

    [Theory]
    [InlineData(ClaimStreamFormat.Ndjson, "")]
    [InlineData(ClaimStreamFormat.JsonArray, "[]")]
    [InlineData(ClaimStreamFormat.JsonArray, " [ ] \n")]
    public async Task Empty_streams_hold_no_records(ClaimStreamFormat format, string text)
    {
        Assert.Empty(await ReadAllAsync(ClaimJsonStream.ReadClaimsAsync(Trickle(text, 2), format)));
    }

    [Fact]
    public async Task Denials_read_from_both_layouts()
    {
        var lines = Document.Denials.Select(DenialLine).ToArray();

        var fromLines = await ReadAllAsync(ClaimJsonStream.ReadDenialsAsync(Trickle(string.Join("\n", lines), 3), ClaimStreamFormat.Ndjson));
        var fromArray = await ReadAllAsync(ClaimJsonStream.ReadDenialsAsync(Trickle("[" + string.Join(",", lines) + "]", 3), ClaimStreamFormat.JsonArray));

        Assert.NotEmpty(Document.Denials);
        Assert.Equal(Document.Denials, fromLines);
        Assert.Equal(Document.Denials, fromArray);
    }

    [Fact]
    public async Task An_ndjson_error_names_the_stream_line_and_position_after_the_records_before_it()
    {
        var good = Line(Document.Claims[0]);
        var bad = Line(Document.Claims[1]);
        var member = bad.IndexOf("\"claimant\"", StringComparison.Ordinal);
        bad = "  " + bad.Insert(member, "\"bogus\":1,");
        var text = good + "\n\n" + bad + "\n" + good + "\n";
        var read = new List<Claim>();

        var error = await Assert.ThrowsAsync<ClaimJsonException>(async () =>
        {
            await foreach (var claim in ClaimJsonStream.ReadClaimsAsync(Trickle(text, 4), ClaimStreamFormat.Ndjson))
            {
                read.Add(claim);
            }
        });

        Assert.Equal([Document.Claims[0]], read);
        Assert.StartsWith("Unknown member 'bogus' in a claim", error.Reason, StringComparison.Ordinal);
        Assert.Equal("$", error.Path);
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(member + 2, error.BytePositionInLine);
    }

    [Fact]
    public async Task An_array_error_names_the_element_path_and_the_stream_line_and_position()
    {
        var second = Line(Document.Claims[1]);
        var statements = second.IndexOf("\"statements\":[", StringComparison.Ordinal) + "\"statements\":[".Length;
        // The first statement's kind gets an unknown value.
        var kind = second.IndexOf("\"kind\":\"", statements, StringComparison.Ordinal) + "\"kind\":\"".Length;
        second = second[..kind] + "nonsense" + second[second.IndexOf('"', kind)..];
        var text = "[\n" + Line(Document.Claims[0]) + ",\n   " + second + "\n]";

        var error = await Assert.ThrowsAsync<ClaimJsonException>(() => ReadAllAsync(ClaimJsonStream.ReadClaimsAsync(Trickle(text, 3), ClaimStreamFormat.JsonArray)));

        Assert.StartsWith("$[1].statements[0]", error.Path, StringComparison.Ordinal);
        Assert.Equal(2, error.LineNumber);
        Assert.InRange(error.BytePositionInLine!.Value, 3 + statements, 3 + kind);
    }

    [Theory]
    [InlineData("[}", "Malformed JSON", "$[0]")]
    [InlineData("[1", "truncated", "$[0]")]
    [InlineData("[\n", "truncated", "$[0]")]
    [InlineData("{\"id\":\"c\"}", "Expected a JSON array", "$")]
    [InlineData("[] []", "Malformed JSON", "$")]
    [InlineData("[null]", "null", "$[0]")]
    public async Task Array_layout_errors_are_claim_json_exceptions(string text, string reason, string path)
    {
        var error = await Assert.ThrowsAsync<ClaimJsonException>(() => ReadAllAsync(ClaimJsonStream.ReadClaimsAsync(Trickle(text, 2), ClaimStreamFormat.JsonArray)));

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public async Task Two_records_on_one_ndjson_line_are_an_error()
    {
        var line = Line(Document.Claims[0]);

        var error = await Assert.ThrowsAsync<ClaimJsonException>(() => ReadAllAsync(ClaimJsonStream.ReadClaimsAsync(Trickle(line + " " + line, 16), ClaimStreamFormat.Ndjson)));

        Assert.Contains("one record per line", error.Reason, StringComparison.Ordinal);
        Assert.Equal(0, error.LineNumber);
        Assert.Equal(line.Length + 1, error.BytePositionInLine);
    }

    [Fact]
    public async Task A_cancelled_read_throws_operation_canceled()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ReadAllAsync(ClaimJsonStream.ReadClaimsAsync(Trickle(Line(Document.Claims[0]), 8), ClaimStreamFormat.Ndjson, cancel.Token)));
    }

    [Fact]
    public async Task Claims_streamed_into_the_index_yield_the_batch_findings()
    {
        var index = new ContradictionIndex();
        index.AddDocument(Document with { Claims = [], Denials = [] });
        var ndjson = string.Join("\n", Document.Claims.Select(Line));
        var array = "[" + string.Join(",", Document.Denials.Select(DenialLine)) + "]";

        var found = new List<Finding>();
        await foreach (var finding in index.AddClaimsAsync(ClaimJsonStream.ReadClaimsAsync(Trickle(ndjson, 100), ClaimStreamFormat.Ndjson)))
        {
            found.Add(finding);
        }

        await foreach (var finding in index.AddDenialsAsync(ClaimJsonStream.ReadDenialsAsync(Trickle(array, 100), ClaimStreamFormat.JsonArray)))
        {
            found.Add(finding);
        }

        var batch = ContradictionDetector.Analyze(Document);
        Assert.NotEmpty(batch.Findings);
        Assert.Equal(batch, index.GetReport());
        Assert.Equal(batch.Findings.Select(f => f.Id).Order(StringComparer.Ordinal), found.Select(f => f.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Streams_added_at_once_to_the_synchronized_index_yield_each_finding_once_and_the_batch_report()
    {
        var index = new SynchronizedContradictionIndex();
        index.AddDocument(Document with { Claims = [], Denials = [] });
        var claimStreams = Document.Claims.Chunk(2).Select(part => string.Join("\n", part.Select(Line))).ToArray();
        var denials = string.Join("\n", Document.Denials.Select(DenialLine));

        var tasks = claimStreams
            .Select(text => Task.Run(() => CollectAsync(index.AddClaimsAsync(ClaimJsonStream.ReadClaimsAsync(Trickle(text, 13), ClaimStreamFormat.Ndjson)))))
            .Append(Task.Run(() => CollectAsync(index.AddDenialsAsync(ClaimJsonStream.ReadDenialsAsync(Trickle(denials, 13), ClaimStreamFormat.Ndjson)))))
            .ToArray();
        var found = (await Task.WhenAll(tasks)).SelectMany(f => f).ToList();

        var batch = ContradictionDetector.Analyze(Document);
        Assert.Equal(batch, index.GetReport());
        Assert.Equal(batch.Findings.Select(f => f.Id).Order(StringComparer.Ordinal), found.Select(f => f.Id).Order(StringComparer.Ordinal));
    }

    private static async Task<List<Finding>> CollectAsync(IAsyncEnumerable<Finding> findings)
    {
        var list = new List<Finding>();
        await foreach (var finding in findings)
        {
            list.Add(finding);
        }

        return list;
    }

    private static async Task<List<T>> ReadAllAsync<T>(IAsyncEnumerable<T> records)
    {
        var list = new List<T>();
        await foreach (var record in records)
        {
            list.Add(record);
        }

        return list;
    }

    private static string Line(Claim claim) =>
        JsonSerializer.Serialize(claim, (JsonTypeInfo<Claim>)ClaimJson.Options.GetTypeInfo(typeof(Claim)));

    private static string DenialLine(Denial denial) =>
        JsonSerializer.Serialize(denial, (JsonTypeInfo<Denial>)ClaimJson.Options.GetTypeInfo(typeof(Denial)));

    private static Stream Trickle(string text, int chunk) => new TrickleStream(Encoding.UTF8.GetBytes(text), chunk);

    /// <summary>A read-only stream that hands out at most <c>chunk</c> bytes per read, asynchronously.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(Math.Min(chunk, buffer.Length), data.Length - _position);
            data.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return Read(buffer.Span);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
