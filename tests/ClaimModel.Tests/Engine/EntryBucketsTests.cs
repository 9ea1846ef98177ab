using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>Bucket entries in shared chunks (<see cref="EntryBuckets{T}"/>): whatever the order of filing, each key
/// reads back its entries in filing order — through runs moved as they grow, runs handed out again, the rest of a chunk
/// too short for a run, and keys with more entries than a chunk holds — and undoing an add removes exactly the entries
/// it filed and the keys it leaves empty.</summary>
public class EntryBucketsTests
{
    private static BucketKey Key(int i) => new(BucketKind.DeniableQuantity, i % 7, i);

    /// <summary>Every key of <paramref name="expected"/> reads back its entries in order, and no other key has any.</summary>
    private static void AssertHolds(Dictionary<BucketKey, List<string>> expected, EntryBuckets<string> buckets, int keys)
    {
        Assert.Equal(expected.Count, buckets.Count);
        for (var i = 0; i < keys; i++)
        {
            var run = buckets.Get(Key(i));
            var want = expected.GetValueOrDefault(Key(i)) ?? [];
            Assert.Equal(want.Count, run.Count);
            Assert.Equal(want.Count > 0, buckets.ContainsKey(Key(i)));
            for (var j = 0; j < run.Count; j++)
            {
                Assert.Same(want[j], run[j]);
            }
        }
    }

    /// <summary>Files <paramref name="entry"/> under key <paramref name="i"/> and notes it in <paramref name="expected"/>.</summary>
    private static void File(EntryBuckets<string> buckets, Dictionary<BucketKey, List<string>> expected, int i, string entry)
    {
        buckets.Add(Key(i), entry);
        (expected.TryGetValue(Key(i), out var list) ? list : expected[Key(i)] = []).Add(entry);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Entries_filed_in_any_order_read_back_in_filing_order_per_key(int seed)
    {
        var random = new Random(seed);
        var buckets = new EntryBuckets<string>();
        var expected = new Dictionary<BucketKey, List<string>>();
        const int Keys = 3_000;

        // Mostly small keys, some of hundreds, one past a chunk: about 20 chunks, runs moved and reused throughout.
        for (var n = 0; n < 100_000; n++)
        {
            var i = n % 10 == 0 ? 0 : random.Next(20) == 0 ? random.Next(30) : random.Next(Keys);
            var entry = "e" + n;
            var isNew = !expected.ContainsKey(Key(i));
            Assert.Equal(isNew, buckets.Add(Key(i), entry));
            (isNew ? expected[Key(i)] = [] : expected[Key(i)]).Add(entry);
        }

        Assert.True(expected[Key(0)].Count > EntryBuckets<string>.ChunkSize);
        AssertHolds(expected, buckets, Keys);
    }

    [Fact]
    public void A_key_of_one_entry_keeps_it_while_many_others_grow_and_move()
    {
        var buckets = new EntryBuckets<string>();
        var expected = new Dictionary<BucketKey, List<string>>();
        for (var round = 0; round < 40; round++)
        {
            for (var i = 0; i < 300; i++)
            {
                if (i % 3 != 0 || round == 0)
                {
                    var entry = $"{i}/{round}";
                    File(buckets, expected, i, entry);
                }
            }
        }

        AssertHolds(expected, buckets, 300);
        Assert.Equal(1, buckets.Get(Key(3)).Count);
        Assert.Equal(40, buckets.Get(Key(4)).Count);
    }

    [Fact]
    public void Undoing_an_add_removes_its_trailing_entries_and_the_keys_it_leaves_empty_and_filing_goes_on()
    {
        var buckets = new EntryBuckets<string>();
        var expected = new Dictionary<BucketKey, List<string>>();
        for (var i = 0; i < 50; i++)
        {
            for (var j = 0; j <= i % 9; j++)
            {
                File(buckets, expected, i, $"{i}.{j}");
            }
        }

        // The failed add filed "x" last under some keys (two of them new) and nowhere else.
        foreach (var i in new[] { 3, 8, 17, 60, 61 })
        {
            buckets.Add(Key(i), "x");
        }

        buckets.RemoveTrailing(e => e == "x");
        AssertHolds(expected, buckets, 70);
        Assert.False(buckets.ContainsKey(Key(60)));

        // An entry like the removed one that is not last stays.
        File(buckets, expected, 5, "x");
        File(buckets, expected, 5, "y");
        buckets.RemoveTrailing(e => e == "x");
        AssertHolds(expected, buckets, 70);

        for (var i = 0; i < 70; i++)
        {
            File(buckets, expected, i, "after" + i);
        }

        AssertHolds(expected, buckets, 70);
        Assert.True(buckets.Add(Key(80), "new"));
        Assert.False(buckets.Add(Key(80), "again"));
    }

    [Fact]
    public void A_key_of_many_chunks_of_entries_keeps_doubling_its_own_array()
    {
        var buckets = new EntryBuckets<string>();
        var expected = new Dictionary<BucketKey, List<string>>();
        for (var n = 0; n < 5 * EntryBuckets<string>.ChunkSize; n++)
        {
            var i = n % 4 == 3 ? 1 + (n % 40) : 0;
            var entry = "e" + n;
            File(buckets, expected, i, entry);
        }

        Assert.True(expected[Key(0)].Count > 3 * EntryBuckets<string>.ChunkSize);
        AssertHolds(expected, buckets, 41);
    }

    [Fact]
    public void Undoing_an_add_empties_the_first_slot_and_a_large_key_without_touching_the_others()
    {
        var buckets = new EntryBuckets<string>();
        var expected = new Dictionary<BucketKey, List<string>>();
        // The failed add's key 0 takes the very first slot; keys 1 to ChunkSize - 1 fill the rest of that chunk; key
        // ChunkSize holds more entries than a chunk, so it has an array of its own.
        buckets.Add(Key(0), "x");
        for (var i = 1; i < EntryBuckets<string>.ChunkSize; i++)
        {
            File(buckets, expected, i, "k" + i);
        }

        for (var j = 0; j < EntryBuckets<string>.ChunkSize + 10; j++)
        {
            File(buckets, expected, EntryBuckets<string>.ChunkSize, "big" + j);
        }

        buckets.Add(Key(EntryBuckets<string>.ChunkSize), "x");
        buckets.Add(Key(EntryBuckets<string>.ChunkSize), "x");

        buckets.RemoveTrailing(e => e == "x");

        Assert.False(buckets.ContainsKey(Key(0)));
        AssertHolds(expected, buckets, EntryBuckets<string>.ChunkSize + 1);
        File(buckets, expected, 0, "again");
        File(buckets, expected, EntryBuckets<string>.ChunkSize, "after");
        AssertHolds(expected, buckets, EntryBuckets<string>.ChunkSize + 1);
    }

    [Fact]
    public void A_key_without_entries_reads_as_empty()
    {
        var buckets = new EntryBuckets<string>();
        Assert.Equal(0, buckets.Get(Key(1)).Count);
        Assert.False(buckets.ContainsKey(Key(1)));
        Assert.Equal(0, buckets.Count);
    }
}
