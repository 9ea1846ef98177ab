using System.Globalization;
using System.Text;
using ClaimModel.Serialization;
using ClaimModel.Synthetic;

namespace ClaimModel.Tests.Serialization;

/// <summary>Long lists written on every processor (<see cref="ParallelArrayWriter"/>) give the bytes, and the
/// errors, of the write on one thread: compact and indented, across the size that turns it on, with parts of one
/// element up to the default, for lists at the document's level and nested deeper.</summary>
public sealed class ParallelWriteTests
{
    private const int Sequential = int.MaxValue;

    [Theory]
    [InlineData(ParallelArrayWriter.ParallelFrom - 1)]
    [InlineData(ParallelArrayWriter.ParallelFrom)]
    [InlineData(ParallelArrayWriter.ParallelFrom + 1)]
    [InlineData(30_000)]
    public async Task Every_write_api_gives_the_sequential_bytes_across_the_parallel_size(int claims)
    {
        var document = SyntheticCorpus.Generate(claims, 7);
        Assert.Equal(claims, document.Claims.Count);
        foreach (var indented in new[] { false, true })
        {
            var sequential = ClaimJson.SerializeToUtf8Bytes(document, indented, Sequential, 0);
            using var stream = new MemoryStream();
            ClaimJson.Serialize(stream, document, indented);
            using var asyncStream = new MemoryStream();
            await ClaimJson.SerializeAsync(asyncStream, document, indented);

            AssertSameBytes(sequential, ClaimJson.SerializeToUtf8Bytes(document, indented));
            AssertSameBytes(sequential, stream.ToArray());
            AssertSameBytes(sequential, asyncStream.ToArray());
            Assert.Equal(Encoding.UTF8.GetString(sequential), ClaimJson.Serialize(document, indented));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(64)]
    public void Parts_of_any_size_give_the_sequential_bytes(int partElements)
    {
        var document = SyntheticCorpus.Generate(300, 11);
        Assert.True(document.Actors.Count > 2 && document.Sources.Count > 2 && document.Incidents.Count > 2 && document.Denials.Count > 2);
        foreach (var indented in new[] { false, true })
        {
            AssertSameBytes(
                ClaimJson.SerializeToUtf8Bytes(document, indented, Sequential, 0),
                ClaimJson.SerializeToUtf8Bytes(document, indented, 2, partElements));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Lists_of_no_one_two_and_three_elements_give_the_sequential_bytes(int count)
    {
        var document = Document(count) with
        {
            Actors = [.. Enumerable.Range(0, count).Select(i => new Actor { Id = "a" + Text(i), Name = "A", Kind = ActorKind.State })],
            Amendments = [.. Enumerable.Range(0, count).Select(i => new Amendment { Amends = "a" + Text(i), Aliases = ["x", "y"] })],
        };
        foreach (var indented in new[] { false, true })
        {
            foreach (var part in new[] { 1, 2 })
            {
                AssertSameBytes(
                    ClaimJson.SerializeToUtf8Bytes(document, indented, Sequential, 0),
                    ClaimJson.SerializeToUtf8Bytes(document, indented, 2, part));
            }
        }
    }

    [Fact]
    public void A_long_list_nested_below_the_document_level_gives_the_sequential_bytes()
    {
        // One actor (its list below the size) with many aliases: the aliases are written in parts at depth 4.
        var aliases = Enumerable.Range(0, 50).Select(i => "alias \u00e9 " + Text(i)).ToArray();
        var document = new ClaimDocument
        {
            Title = "t",
            Actors = [new Actor { Id = "a", Name = "A", Kind = ActorKind.State, Aliases = aliases, Affiliations = [new Affiliation { Actor = "b", Relation = AffiliationRelation.MemberOf }] }],
        };
        foreach (var indented in new[] { false, true })
        {
            foreach (var part in new[] { 1, 3, 49 })
            {
                AssertSameBytes(
                    ClaimJson.SerializeToUtf8Bytes(document, indented, Sequential, 0),
                    ClaimJson.SerializeToUtf8Bytes(document, indented, 2, part));
            }
        }
    }

    [Theory]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 1 })]
    [InlineData(new[] { 4_097 })]
    [InlineData(new[] { 9_999 })]
    [InlineData(new[] { 9_000, 5_000, 7_000 })]
    public void A_write_error_in_a_part_is_the_sequential_error(int[] bad)
    {
        var claims = Document(10_000).Claims.ToArray();
        foreach (var (index, n) in bad.Select((index, n) => (index, n)))
        {
            // A null required member and a lone surrogate, so that which error comes first shows.
            claims[index] = n % 2 == 0 ? claims[index] with { Claimant = null! } : claims[index] with { Id = "c\uD800" };
        }

        var document = new ClaimDocument { Claims = claims };
        foreach (var indented in new[] { false, true })
        {
            var sequential = Assert.Throws<ClaimJsonException>(() => ClaimJson.SerializeToUtf8Bytes(document, indented, Sequential, 0));
            foreach (var part in new[] { 0, 1, 100 })
            {
                var parallel = Assert.Throws<ClaimJsonException>(() => ClaimJson.SerializeToUtf8Bytes(document, indented, 2, part));
                Assert.Equal(sequential.Message, parallel.Message);
                Assert.Equal(sequential.Path, parallel.Path);
                Assert.StartsWith("$.claims[" + Text(bad.Min()) + "].", parallel.Path, StringComparison.Ordinal);
            }

            using var stream = new MemoryStream();
            var streamed = Assert.Throws<ClaimJsonException>(() => ClaimJson.Serialize(stream, document, indented));
            Assert.Equal(sequential.Message, streamed.Message);
            Assert.Equal(0, stream.Length);
        }

        // The thread's buffer is whole after the failed writes.
        var good = Document(10_000);
        AssertSameBytes(ClaimJson.SerializeToUtf8Bytes(good, false, Sequential, 0), ClaimJson.SerializeToUtf8Bytes(good));
    }

    [Fact]
    public void An_error_in_a_list_before_a_long_one_is_the_sequential_error()
    {
        var document = Document(10_000) with
        {
            Actors = [new Actor { Id = "a", Name = "A", Kind = (ActorKind)99 }],
        };
        var claims = document.Claims.ToArray();
        claims[6_000] = claims[6_000] with { Claimant = null! };
        document = document with { Claims = claims };

        var sequential = Assert.Throws<ClaimJsonException>(() => ClaimJson.SerializeToUtf8Bytes(document, false, Sequential, 0));
        var parallel = Assert.Throws<ClaimJsonException>(() => ClaimJson.SerializeToUtf8Bytes(document, false, 2, 10));

        Assert.Equal("$.actors[0].kind", parallel.Path);
        Assert.Equal(sequential.Message, parallel.Message);
    }

    [Fact]
    public void Writes_on_many_threads_at_once_give_the_sequential_bytes()
    {
        var document = SyntheticCorpus.Generate(ParallelArrayWriter.ParallelFrom * 2, 3);
        var expected = ClaimJson.SerializeToUtf8Bytes(document, true, Sequential, 0);

        Parallel.For(0, 6, _ => AssertSameBytes(expected, ClaimJson.SerializeToUtf8Bytes(document, true)));
    }

    /// <summary>Equal bytes, or the offset and text where they first differ (a whole document in a message is too long).</summary>
    private static void AssertSameBytes(byte[] expected, byte[] actual)
    {
        var at = expected.AsSpan().CommonPrefixLength(actual);
        if (at == expected.Length && at == actual.Length)
        {
            return;
        }

        string Around(byte[] bytes) => Encoding.UTF8.GetString(bytes, Math.Max(0, at - 40), Math.Min(bytes.Length, at + 40) - Math.Max(0, at - 40));
        Assert.Fail($"The bytes differ at offset {at:N0} of {expected.Length:N0} / {actual.Length:N0}: expected …{Around(expected)}…, got …{Around(actual)}…");
    }

    private static string Text(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static ClaimDocument Document(int claims) => new()
    {
        Title = "parallel",
        Claims = [.. Enumerable.Range(0, claims).Select(i => new Claim
        {
            Id = "c-" + Text(i),
            Claimant = "a-" + Text(i % 31),
            Statements = [new TextStatement { Text = "said \u00e9 \U0001F600 " + Text(i) }],
            Reports = [new Report { Source = "s", Via = ["o-" + Text(i % 5)], Quote = new Quote { Exact = "q \"" + Text(i) + "\"" } }],
        })],
        Denials = [.. Enumerable.Range(0, claims).Select(i => new Denial
        {
            Id = "d-" + Text(i),
            Claimant = "b",
            DeniedClaims = ["c-" + Text(i)],
            Reports = [new Report { Source = "s", Quote = new Quote { Exact = "no" } }],
        })],
    };
}
