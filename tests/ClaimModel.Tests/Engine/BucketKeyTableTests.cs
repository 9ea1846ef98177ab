using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>The bucket key table (<see cref="BucketKeyTable{TValue}"/>) holds what a dictionary would: through
/// random adds, updates through references and removes — past several doublings of its heads and chunks, with freed
/// slots taken again — each key reads back its value, removed keys are gone, and the used slots list exactly the keys
/// held.</summary>
public class BucketKeyTableTests
{
    [Theory]
    [InlineData(1, 50)]
    [InlineData(7, 5_000)]
    [InlineData(42, 20_000)]
    public void Holds_what_a_dictionary_holds(int seed, int keys)
    {
        var random = new Random(seed);
        var table = new BucketKeyTable<int>();
        var expected = new Dictionary<BucketKey, int>();
        for (var step = 0; step < keys * 4; step++)
        {
            var key = new BucketKey((BucketKind)random.Next(3), random.Next(keys / 10 + 1), random.Next(10), C: random.Next(2));
            if (random.Next(5) == 0)
            {
                Assert.Equal(expected.Remove(key), table.Remove(key));
            }
            else
            {
                ref var value = ref table.GetValueRefOrAddDefault(key, out var exists);
                Assert.Equal(expected.ContainsKey(key), exists);
                Assert.Equal(expected.GetValueOrDefault(key), value);
                value += step;
                expected[key] = expected.GetValueOrDefault(key) + step;
            }

            Assert.Equal(expected.Count, table.Count);
        }

        foreach (var (key, value) in expected)
        {
            Assert.True(table.ContainsKey(key));
            Assert.True(table.TryGetValue(key, out var held));
            Assert.Equal(value, held);
        }

        var listed = new Dictionary<BucketKey, int>();
        for (var index = 0; index < table.End; index++)
        {
            if (table.IsUsed(index))
            {
                listed.Add(table.KeyAt(index), table.ValueAt(index));
            }
        }

        Assert.Equal(expected.Count, listed.Count);
        foreach (var (key, value) in expected)
        {
            Assert.Equal(value, listed[key]);
        }

        Assert.False(table.TryGetValue(new BucketKey(BucketKind.DeniableQuantity, -5, -5), out _));
        Assert.False(table.Remove(new BucketKey(BucketKind.DeniableQuantity, -5, -5)));
    }
}
