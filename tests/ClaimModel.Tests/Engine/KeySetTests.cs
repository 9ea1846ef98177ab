using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>The bit set of interned keys (<see cref="KeySet"/>): it holds exactly the keys added — not their
/// neighbours in the same 64-bit word, nor keys past its end or negative ones — grows for any key, and
/// <see cref="KeySet.Clear"/> empties it.</summary>
public class KeySetTests
{
    [Fact]
    public void A_new_set_is_empty_and_holds_nothing()
    {
        var set = new KeySet();

        Assert.True(set.IsEmpty);
        Assert.False(set.Contains(0));
        Assert.False(set.Contains(-1));
    }

    [Fact]
    public void The_set_holds_exactly_the_keys_added()
    {
        var set = new KeySet();
        int[] added = [0, 5, 63, 64, 130, 1_000, 100_000];
        foreach (var key in added)
        {
            set.Add(key);
        }

        Assert.False(set.IsEmpty);
        for (var key = -3; key < 100_100; key++)
        {
            Assert.Equal(added.Contains(key), set.Contains(key));
        }
    }

    [Fact]
    public void A_key_far_past_the_end_grows_the_set_once()
    {
        var set = new KeySet();
        set.Add(3);
        set.Add(640_001);

        Assert.True(set.Contains(3));
        Assert.True(set.Contains(640_001));
        Assert.False(set.Contains(640_000));
        Assert.False(set.Contains(640_002));
    }

    [Fact]
    public void Clearing_removes_every_key_and_the_set_fills_again()
    {
        var set = new KeySet();
        set.Add(7);
        set.Add(200);

        set.Clear();

        Assert.True(set.IsEmpty);
        Assert.False(set.Contains(7));
        Assert.False(set.Contains(200));
        set.Add(200);
        Assert.False(set.IsEmpty);
        Assert.True(set.Contains(200));
        Assert.False(set.Contains(7));
    }
}
