using ClaimModel.Disputes;

namespace ClaimModel.Tests.Disputes;

/// <summary>The small ordinal string set of the dispute builders: each string once, below and past the count where it
/// switches to a hash set, handed out in ordinal order, and empty again after a clear.</summary>
public sealed class DistinctStringsTests
{
    [Fact]
    public void Strings_are_kept_once_and_handed_out_in_ordinal_order()
    {
        var set = new DistinctStrings();
        Assert.True(set.Add("b"));
        Assert.True(set.Add("B"));
        Assert.False(set.Add("b"));
        Assert.True(set.Add("ä"));
        Assert.True(set.Add("a"));
        Assert.False(set.Add(new string('a', 1))); // equal, not the same instance
        Assert.Equal(4, set.Count);
        Assert.Equal(["B", "a", "b", "ä"], set.Sorted());
        Assert.Equal(["b", "B", "ä", "a"], set.Items.ToArray());
        Assert.True(set.Contains("ä"));
        Assert.False(set.Contains("A"));
    }

    [Fact]
    public void Past_the_linear_limit_every_string_is_still_kept_once_and_found()
    {
        var set = new DistinctStrings();
        var strings = Enumerable.Range(0, (DistinctStrings.LinearLimit * 3) + 1).Select(i => "s" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        foreach (var s in strings.Reverse())
        {
            Assert.True(set.Add(s));
        }

        foreach (var s in strings)
        {
            Assert.False(set.Add(s));
            Assert.True(set.Contains(s));
        }

        Assert.False(set.Contains("s999"));
        Assert.Equal(strings, set.Sorted());

        set.Clear();
        Assert.Equal(0, set.Count);
        Assert.Empty(set.Sorted());
        Assert.False(set.Contains(strings[0]));
        Assert.True(set.Add(strings[0]));
        Assert.Equal([strings[0]], set.Sorted());
        Assert.Equal([strings[0]], set.Items.ToArray());
        Assert.True(set.Add(strings[1]));
        Assert.Equal(strings[..2], set.Items.ToArray());
    }

    [Fact]
    public void A_set_of_one_string_holds_it_inline_and_grows_from_it()
    {
        var set = new DistinctStrings();
        Assert.Empty(set.Items.ToArray());
        Assert.False(set.Contains("x"));

        Assert.True(set.Add("x"));
        Assert.False(set.Add(new string('x', 1)));
        Assert.Equal(1, set.Count);
        Assert.Equal(["x"], set.Items.ToArray());
        Assert.Equal(["x"], set.Sorted());
        Assert.True(set.Contains("x"));
        Assert.False(set.Contains("X"));

        set.Clear();
        Assert.Empty(set.Items.ToArray());
        Assert.False(set.Contains("x"));
        Assert.True(set.Add("y"));
        Assert.True(set.Add("x"));
        Assert.Equal(["y", "x"], set.Items.ToArray());
        Assert.Equal(["x", "y"], set.Sorted());
        Assert.True(set.Contains("y"));
    }
}
