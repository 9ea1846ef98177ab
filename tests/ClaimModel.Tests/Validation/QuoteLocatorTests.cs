using ClaimModel.Validation;

namespace ClaimModel.Tests.Validation;

/// <summary>A quote without positions is prefix + exact + suffix found together anywhere in the source text (W3C
/// TextQuoteSelector): the three parts adjacent and in order, up to the whole text, and for quotes of any length
/// (joined on the stack when short, in a pooled buffer when long).</summary>
public class QuoteLocatorTests
{
    private const string Text = "The ministry said two A-10 jets struck the hospital at dawn.";

    private static QuoteLocator.Match Locate(string text, string exact, string? prefix = null, string? suffix = null) =>
        QuoteLocator.Locate(new SourceTextIndex(text), new Quote { Exact = exact, Prefix = prefix, Suffix = suffix });

    [Fact]
    public void Prefix_exact_and_suffix_are_found_only_together_and_in_order()
    {
        Assert.Equal(QuoteLocator.Match.Found, Locate(Text, "two A-10 jets", "said ", " struck"));
        Assert.Equal(QuoteLocator.Match.Found, Locate(Text, "two A-10 jets", "said "));
        Assert.Equal(QuoteLocator.Match.Found, Locate(Text, "two A-10 jets", suffix: " struck"));

        Assert.Equal(QuoteLocator.Match.NotFound, Locate(Text, "two A-10 jets", "said ", " bombed"));
        Assert.Equal(QuoteLocator.Match.NotFound, Locate(Text, "two A-10 jets", "told ", " struck"));
        Assert.Equal(QuoteLocator.Match.NotFound, Locate(Text, "two A-10 jets", " struck", "said "));
        Assert.Equal(QuoteLocator.Match.NotFound, Locate(Text, "two A-10 jets", "ministry ", " struck"));
    }

    [Fact]
    public void A_quote_of_the_whole_text_is_found_and_one_a_character_longer_is_not()
    {
        Assert.Equal(QuoteLocator.Match.Found, Locate(Text, Text[4..^5], Text[..4], Text[^5..]));
        Assert.Equal(QuoteLocator.Match.Found, Locate(Text, Text));
        Assert.Equal(QuoteLocator.Match.NotFound, Locate(Text, Text[4..^5], Text[..4], Text[^5..] + " "));
        Assert.Equal(QuoteLocator.Match.NotFound, Locate(Text, Text + "!"));
    }

    [Theory]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(5_000)]
    [InlineData(300_000)]
    public void Quotes_of_any_length_are_found_with_their_prefix_and_suffix(int length)
    {
        var random = new Random(length);
        var text = string.Create(length + 40, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + r.Next(26));
            }
        });

        var (prefix, exact, suffix) = (text.Substring(10, 7), text.Substring(17, length), text.Substring(17 + length, 9));
        Assert.Equal(QuoteLocator.Match.Found, Locate(text, exact, prefix, suffix));
        Assert.Equal(QuoteLocator.Match.NotFound, Locate(text, exact, prefix, suffix[..^1] + "#"));
        Assert.Equal(QuoteLocator.Match.NotFound, Locate(text, exact, "#" + prefix[1..], suffix));
    }

    [Fact]
    public void A_long_quote_is_found_on_a_thread_with_a_small_stack()
    {
        // A service may validate on threads of its own: joining a long quote must not take the stack.
        var text = new string('x', 10) + new string('q', 300_000) + "end";
        var match = QuoteLocator.Match.NotFound;
        var thread = new Thread(() => match = Locate(text, new string('q', 300_000), "xx", "end"), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal(QuoteLocator.Match.Found, match);
    }
}
