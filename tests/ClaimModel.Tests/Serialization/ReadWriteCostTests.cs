using System.Globalization;
using ClaimModel.Serialization;

namespace ClaimModel.Tests.Serialization;

/// <summary>What the performance work on <see cref="ClaimJson"/> promises beyond the wire format: equal
/// recurring strings read from one document share one instance, the pool behind that never changes a value
/// (collisions, evictions, escapes, long and non-ASCII text), and writing allocates nothing per string.</summary>
public sealed class ReadWriteCostTests
{
    [Fact]
    public void Equal_references_read_from_one_document_share_one_string_instance()
    {
        var document = Document(2, i => "claimant-1");
        var read = ClaimJson.Deserialize(ClaimJson.SerializeToUtf8Bytes(document));

        Assert.Same(read.Claims[0].Claimant, read.Claims[1].Claimant);
        Assert.Same(read.Claims[0].Reports[0].Quote.Exact, read.Claims[1].Reports[0].Quote.Exact);
        Assert.Equal("claimant-1", read.Claims[1].Claimant);
    }

    [Fact]
    public void Many_distinct_recurring_strings_are_read_exactly_whatever_the_pool_evicts()
    {
        var document = Document(20_000, i => "actor-" + (i % 7_777).ToString(CultureInfo.InvariantCulture) + new string('x', i % 150));
        Assert.Equal(document, ClaimJson.Deserialize(ClaimJson.SerializeToUtf8Bytes(document)));
    }

    [Fact]
    public void Recurring_strings_stay_shared_among_many_one_off_strings()
    {
        // Claimants recur (50 values that differ in one digit, like source ids); every incident is new. The pool
        // keeps the recurring strings while the one-off ones pass through it.
        var document = Document(20_000, i => "claimant-00000" + (i % 50).ToString("D2", CultureInfo.InvariantCulture), i => "incident-" + i.ToString(CultureInfo.InvariantCulture));
        var read = ClaimJson.Deserialize(ClaimJson.SerializeToUtf8Bytes(document));

        Assert.Equal(document, read);
        Assert.Equal(50, read.Claims.Select(c => c.Claimant).Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    [Fact]
    public void One_element_lists_of_a_recurring_reference_share_one_array()
    {
        var json = "{'formatVersion':1,'claims':[" + string.Join(",", Enumerable.Range(0, 4).Select(i =>
            "{'id':'c" + i.ToString(CultureInfo.InvariantCulture) + "','claimant':'a','statement':{'kind':'text','text':'t'},'reports':["
            + "{'source':'s','via':['" + (i < 3 ? "o-wire" : "o-other") + "'],'quote':{'exact':'q'}},{'source':'s','via':['o-wire','o-other'],'quote':{'exact':'q'}}]}")) + "]}";
        var claims = ClaimJson.Deserialize(json.Replace("'", "\"", StringComparison.Ordinal)).Claims;

        Assert.True(SameArray(claims[0].Reports[0].Via, claims[2].Reports[0].Via));
        Assert.False(SameArray(claims[0].Reports[0].Via, claims[3].Reports[0].Via));
        Assert.Equal(["o-other"], claims[3].Reports[0].Via.ToArray());
        Assert.Equal(["o-wire", "o-other"], claims[3].Reports[1].Via.ToArray());
    }

    [Theory]
    [InlineData("{'id':'c','claimant':'ab','statement':{'kind':'text','text':'t'},'reports':[{'source':'s','via':['a\\u0062','ab','a'],'quote':{'exact':'q'}}]}", "ab")]
    [InlineData("{'id':'c','claimant':'a\\u0062','statement':{'kind':'text','text':'t'},'reports':[{'source':'s','via':['ab','a\\u0062','a'],'quote':{'exact':'q'}}]}", "ab")]
    [InlineData("{'id':'c','claimant':'caf\u00e9','statement':{'kind':'text','text':'t'},'reports':[{'source':'s','via':['caf\\u00e9','caf\u00e9','caf'],'quote':{'exact':'q'}}]}", "caf\u00e9")]
    public void Escaped_and_unescaped_spellings_of_a_pooled_string_read_the_same(string json, string claimant)
    {
        var read = ClaimJson.Deserialize("{'formatVersion':1,'claims':[".Replace("'", "\"", StringComparison.Ordinal) + json.Replace("'", "\"", StringComparison.Ordinal) + "]}");
        var claim = read.Claims[0];

        Assert.Equal(claimant, claim.Claimant);
        Assert.Equal([claimant, claimant, claimant[..^1]], claim.Reports[0].Via.ToArray());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(30_000)]
    public async Task Every_write_api_gives_the_same_bytes_across_buffer_chunks(int claims)
    {
        var document = Document(claims, i => "claimant-" + (i % 100).ToString(CultureInfo.InvariantCulture) + " \u00e9\u20ac\U0001F600");
        foreach (var indented in new[] { false, true })
        {
            var bytes = ClaimJson.SerializeToUtf8Bytes(document, indented);
            using var stream = new MemoryStream();
            ClaimJson.Serialize(stream, document, indented);
            using var asyncStream = new MemoryStream();
            await ClaimJson.SerializeAsync(asyncStream, document, indented);

            Assert.Equal(bytes, stream.ToArray());
            Assert.Equal(bytes, asyncStream.ToArray());
            Assert.Equal(System.Text.Encoding.UTF8.GetString(bytes), ClaimJson.Serialize(document, indented));
            Assert.Equal(document, ClaimJson.Deserialize(bytes));
        }

        Assert.True(claims == 1 || ClaimJson.SerializeToUtf8Bytes(document).Length > 2 * 1024 * 1024, "The large case spans several chunks.");
    }

    [Fact]
    public void Writing_allocates_nothing_per_string()
    {
        var document = Document(2_000, i => "claimant-" + (i % 100).ToString(CultureInfo.InvariantCulture));
        ClaimJson.Serialize(Stream.Null, document);

        var before = GC.GetAllocatedBytesForCurrentThread();
        ClaimJson.Serialize(Stream.Null, document);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // About 10 strings a claim: 96 bytes each would be ~2 MB; the writer itself takes about 1 kB.
        Assert.True(allocated < 64 * 1024, $"Writing 2,000 claims allocated {allocated:N0} bytes.");
    }

    private static bool SameArray(ValueList<string> a, ValueList<string> b) =>
        System.Runtime.CompilerServices.Unsafe.AreSame(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(a.AsSpan()),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(b.AsSpan()));

    private static ClaimDocument Document(int claims, Func<int, string> claimant, Func<int, string>? incident = null)
    {
        var list = new Claim[claims];
        for (var i = 0; i < claims; i++)
        {
            var text = claimant(i);
            list[i] = new Claim
            {
                Id = "c-" + i.ToString(CultureInfo.InvariantCulture),
                Claimant = text,
                Incident = incident?.Invoke(i) ?? "i-" + (i % 97).ToString(CultureInfo.InvariantCulture),
                Statements = [new TextStatement { Text = "said " + text }],
                Reports = [new Report { Source = "s-" + (i % 13).ToString(CultureInfo.InvariantCulture), Via = [text, "o-wire"], Quote = new Quote { Exact = "quoted " + text } }],
            };
        }

        return new ClaimDocument { Claims = [.. list] };
    }
}
