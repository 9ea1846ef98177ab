using System.Text;
using ClaimModel.Loading;
using ClaimModel.Serialization;

namespace ClaimModel.Tests.Serialization;

/// <summary><see cref="ClaimReadLimits"/>: each limit both sides of its boundary, through every entry point, the error
/// naming the JSON path, the limit and the value.</summary>
public sealed class ReadLimitsTests
{
    /// <summary>A document whose title is <paramref name="title"/> and whose one actor has <paramref name="aliases"/>
    /// aliases.</summary>
    private static string Document(string title = "t", int aliases = 0) =>
        "{\"formatVersion\":2,\"title\":\"" + title + "\",\"actors\":[{\"id\":\"a\",\"kind\":\"state\""
        + (aliases > 0 ? ",\"aliases\":[" + string.Join(",", Enumerable.Range(0, aliases).Select(i => "\"x\"")) + "]" : string.Empty)
        + "}]}";

    /// <summary>Every document entry point, reading <paramref name="json"/> within <paramref name="limits"/>.</summary>
    public static TheoryData<string> EntryPoints => ["string", "span", "record", "seekable stream", "forward-only stream", "async stream"];

    private static ClaimDocument Read(string entry, string json, ClaimReadLimits limits)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        return entry switch
        {
            "string" => ClaimJson.Deserialize(json, limits),
            "span" => ClaimJson.Deserialize(bytes.AsSpan(), limits),
            "record" => ClaimJson.Deserialize<ClaimDocument>(bytes.AsSpan(), limits),
            "seekable stream" => ClaimJson.Deserialize(new MemoryStream(bytes), limits),
            "forward-only stream" => ClaimJson.Deserialize(new ForwardOnlyStream(bytes), limits),
            "async stream" => ClaimJson.DeserializeAsync(new ForwardOnlyStream(bytes), limits).AsTask().GetAwaiter().GetResult(),
            _ => throw new ArgumentOutOfRangeException(nameof(entry), entry, "Unknown entry point."),
        };
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void A_document_of_MaxDocumentBytes_reads_and_one_byte_more_is_refused(string entry)
    {
        var json = Document();
        var size = Encoding.UTF8.GetByteCount(json);

        Assert.Equal("t", Read(entry, json, new ClaimReadLimits { MaxDocumentBytes = size }).Title);
        var error = Assert.Throws<ClaimJsonException>(() => Read(entry, json, new ClaimReadLimits { MaxDocumentBytes = size - 1 }));

        Assert.Equal("$", error.Path);
        Assert.Contains(FormattableString.Invariant($"bytes exceeds MaxDocumentBytes {size - 1:N0}"), error.Reason, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"{size:N0} bytes"), error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_does_not_count_towards_MaxDocumentBytes()
    {
        var json = Document();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();
        var limits = new ClaimReadLimits { MaxDocumentBytes = bytes.Length - 3 };

        Assert.Equal("t", ClaimJson.Deserialize(bytes.AsSpan(), limits).Title);
        Assert.Equal("t", ClaimJson.Deserialize(new ForwardOnlyStream(bytes), limits).Title);
    }

    [Fact]
    public void A_stream_over_MaxDocumentBytes_is_refused_before_it_is_read_to_its_end()
    {
        var stream = new EndlessStream();

        var error = Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize(stream, new ClaimReadLimits { MaxDocumentBytes = 100_000 }));

        Assert.Contains("exceeds MaxDocumentBytes 100,000", error.Reason, StringComparison.Ordinal);
        Assert.InRange(stream.Served, 100_001, 200_000);
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void A_string_of_MaxStringLength_bytes_reads_and_one_byte_more_is_refused_with_its_path(string entry)
    {
        var json = Document(title: new string('é', 5));

        Assert.Equal(new string('é', 5), Read(entry, json, new ClaimReadLimits { MaxStringLength = 10 }).Title);
        var error = Assert.Throws<ClaimJsonException>(() => Read(entry, json, new ClaimReadLimits { MaxStringLength = 9 }));

        Assert.Equal("$.title", error.Path);
        Assert.StartsWith("A string of 10 bytes exceeds MaxStringLength 9;", error.Reason, StringComparison.Ordinal);
        Assert.Equal(0, error.LineNumber);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(1, false)]
    public void A_pooled_string_is_held_to_MaxStringLength_too(int limit, bool reads)
    {
        var json = Document().Replace("\"id\":\"a\"", "\"id\":\"ab\"", StringComparison.Ordinal);
        var limits = new ClaimReadLimits { MaxStringLength = limit };

        if (reads)
        {
            Assert.Equal("ab", ClaimJson.Deserialize(json, limits).Actors[0].Id);
        }
        else
        {
            var error = Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize(json, limits));
            Assert.Equal("$.actors[0].id", error.Path);
            Assert.StartsWith("A string of 2 bytes exceeds MaxStringLength 1;", error.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void A_document_of_MaxElementCount_elements_reads_and_one_more_is_refused_with_its_path(string entry)
    {
        // One actor and 1,000 aliases: 1,001 array elements.
        var json = Document(aliases: 1_000);

        Assert.Equal(1_000, Read(entry, json, new ClaimReadLimits { MaxElementCount = 1_001 }).Actors[0].Aliases.Count);
        var error = Assert.Throws<ClaimJsonException>(() => Read(entry, json, new ClaimReadLimits { MaxElementCount = 1_000 }));

        Assert.Equal("$.actors[0].aliases[999]", error.Path);
        Assert.StartsWith("Array element 1,001 of the document exceeds MaxElementCount 1,000;", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void A_document_of_MaxDepth_reads_and_one_level_less_is_refused_with_its_path(string entry)
    {
        // The root object, the actors array and the actor: depth 3.
        var json = Document();

        Assert.Single(Read(entry, json, new ClaimReadLimits { MaxDepth = 3 }).Actors);
        var error = Assert.Throws<ClaimJsonException>(() => Read(entry, json, new ClaimReadLimits { MaxDepth = 2 }));

        // The reader refuses the actor's opening brace, before it is an element: the path is the array's.
        Assert.Equal("$.actors", error.Path);
        Assert.StartsWith("Nesting depth 3 exceeds MaxDepth 2;", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_too_deep_value_that_is_skipped_is_refused_by_the_same_limit()
    {
        // The statement's members are scanned for its kind first, skipping the text's value.
        var json = "{\"formatVersion\":2,\"claims\":[{\"statements\":[{\"text\":[[]],\"kind\":\"text\"}]}]}";

        Assert.Contains("Expected a string", Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize(json, new ClaimReadLimits { MaxDepth = 7 })).Reason, StringComparison.Ordinal);
        var error = Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize(json, new ClaimReadLimits { MaxDepth = 6 }));

        Assert.Equal("$.claims[0].statements[0]", error.Path);
        Assert.StartsWith("Nesting depth 7 exceeds MaxDepth 6;", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trusted_limits_read_what_the_service_limits_refuse()
    {
        var json = Document(title: new string('x', ClaimReadLimits.DefaultMaxStringLength + 1));

        Assert.Equal(ClaimReadLimits.DefaultMaxStringLength + 1, ClaimJson.Deserialize(json).Title!.Length);
        Assert.Equal(ClaimReadLimits.DefaultMaxStringLength + 1, ClaimJson.Deserialize(json, ClaimReadLimits.Trusted).Title!.Length);
        var error = Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize(json, ClaimReadLimits.Service));
        Assert.StartsWith("A string of 1,000,001 bytes exceeds MaxStringLength 1,000,000;", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_service_defaults_are_documented_values()
    {
        var service = ClaimReadLimits.Service;

        Assert.Equal(new ClaimReadLimits(), service);
        Assert.Equal(64L * 1024 * 1024, service.MaxDocumentBytes);
        Assert.Equal(1_000_000, service.MaxStringLength);
        Assert.Equal(1_000_000, service.MaxElementCount);
        Assert.Equal(ClaimJson.MaxDepth, service.MaxDepth);
        Assert.Equal(long.MaxValue, ClaimReadLimits.Trusted.MaxDocumentBytes);
        Assert.Equal(ClaimJson.MaxDepth, ClaimReadLimits.Trusted.MaxDepth);
    }

    [Fact]
    public void Limits_below_one_or_a_depth_over_the_maximum_are_refused_when_set()
    {
        Assert.Equal("MaxDocumentBytes", Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimReadLimits { MaxDocumentBytes = 0 }).ParamName);
        Assert.Equal("MaxStringLength", Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimReadLimits { MaxStringLength = -1 }).ParamName);
        Assert.Equal("MaxElementCount", Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimReadLimits { MaxElementCount = 0 }).ParamName);
        Assert.Equal("MaxDepth", Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimReadLimits { MaxDepth = 0 }).ParamName);
        Assert.Equal("MaxDepth", Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimReadLimits { MaxDepth = ClaimJson.MaxDepth + 1 }).ParamName);
        Assert.Equal(1, new ClaimReadLimits { MaxDepth = 1 }.MaxDepth);
    }

    [Theory]
    [InlineData(ClaimStreamFormat.Ndjson, "")]
    [InlineData(ClaimStreamFormat.JsonArray, "[1]")]
    public async Task A_stream_record_over_a_limit_ends_the_stream_with_its_path_after_the_records_before_it(ClaimStreamFormat format, string prefix)
    {
        var good = "{\"id\":\"c1\",\"claimant\":\"a\",\"statements\":[{\"kind\":\"text\",\"text\":\"short\"}],\"modality\":\"asserted\",\"reports\":[{\"source\":\"s\",\"quote\":{\"exact\":\"q\"}}]}";
        var bad = good.Replace("c1", "c2", StringComparison.Ordinal).Replace("short", "far too long", StringComparison.Ordinal);
        var text = format == ClaimStreamFormat.Ndjson ? good + "\n" + bad + "\n" : "[" + good + "," + bad + "]";
        var read = new List<string>();

        var error = await Assert.ThrowsAsync<ClaimJsonException>(async () =>
        {
            await foreach (var claim in ClaimJsonStream.ReadClaimsAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), format, new ClaimReadLimits { MaxStringLength = 5 }))
            {
                read.Add(claim.Id);
            }
        });

        Assert.Equal(["c1"], read);
        Assert.Equal("$" + prefix + ".statements[0].text", error.Path);
        Assert.StartsWith("A string of 12 bytes exceeds MaxStringLength 5;", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ClaimStreamFormat.Ndjson)]
    [InlineData(ClaimStreamFormat.JsonArray)]
    public async Task A_stream_record_longer_than_MaxDocumentBytes_is_refused_before_it_is_buffered_whole(ClaimStreamFormat format)
    {
        var huge = "{\"id\":\"c1\",\"claimant\":\"a\",\"statements\":[{\"kind\":\"text\",\"text\":\"" + new string('x', 1_000_000) + "\"}]}";
        var text = format == ClaimStreamFormat.Ndjson ? huge + "\n" : "[" + huge + "]";

        var error = await Assert.ThrowsAsync<ClaimJsonException>(async () =>
        {
            await foreach (var claim in ClaimJsonStream.ReadClaimsAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), format, new ClaimReadLimits { MaxDocumentBytes = 100_000 }))
            {
                Assert.Fail("No record should be read: " + claim.Id);
            }
        });

        Assert.Contains("exceeds MaxDocumentBytes 100,000", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_loader_reads_within_its_limits_and_names_the_limit_in_the_failure()
    {
        var folder = Directory.CreateTempSubdirectory("claimmodel-limits-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.json"), Document(title: "a title of 20 bytes."));

            var trusted = ClaimDocumentLoader.Load([folder.FullName]);
            var limited = ClaimDocumentLoader.Load([folder.FullName], new LoadOptions { ReadLimits = new ClaimReadLimits { MaxStringLength = 19 } });

            Assert.Empty(trusted.Failures);
            var failure = Assert.Single(limited.Failures);
            Assert.Equal(LoadFailureKind.InvalidJson, failure.Kind);
            Assert.Contains("A string of 20 bytes exceeds MaxStringLength 19", failure.Message, StringComparison.Ordinal);
            Assert.Contains("$.title", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A stream that cannot seek (so its length is unknown until read).</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }

    /// <summary>An endless forward-only stream of spaces after an opening brace, counting the bytes it served.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            if (Served == 0 && count > 0)
            {
                buffer[offset] = (byte)'{';
            }

            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
