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

    private static QuoteLocator.Match LocateAt(string text, string exact, int? start, int? end, string? prefix = null, string? suffix = null) =>
        QuoteLocator.Locate(new SourceTextIndex(text), new Quote { Exact = exact, Prefix = prefix, Suffix = suffix, Start = start, End = end });

    [Fact]
    public void A_quote_at_its_positions_is_found_up_to_the_first_and_the_last_character()
    {
        Assert.Equal(QuoteLocator.Match.Found, LocateAt(Text, "The ministry", 0, 12));
        Assert.Equal(QuoteLocator.Match.Found, LocateAt(Text, "The ministry", 0, null, suffix: " said"));
        Assert.Equal(QuoteLocator.Match.Found, LocateAt(Text, "dawn.", Text.Length - 5, Text.Length));
        Assert.Equal(QuoteLocator.Match.Found, LocateAt(Text, "dawn", null, Text.Length - 1, "at ", "."));
        Assert.Equal(QuoteLocator.Match.Found, LocateAt(Text, "ministry", 4, null, "The "));
    }

    [Fact]
    public void A_quote_elsewhere_than_its_positions_is_a_mismatch_and_one_nowhere_is_not_found()
    {
        Assert.Equal(QuoteLocator.Match.PositionMismatch, LocateAt(Text, "ministry", 5, null));
        Assert.Equal(QuoteLocator.Match.PositionMismatch, LocateAt(Text, "ministry", 3, null, "The "));
        Assert.Equal(QuoteLocator.Match.NotFound, LocateAt(Text, "ministry", 4, null, "A "));
        Assert.Equal(QuoteLocator.Match.PositionMismatch, LocateAt(Text, "The", null, 4));

        // Positions past the end, or a quote whose end would run past it.
        Assert.Equal(QuoteLocator.Match.PositionMismatch, LocateAt(Text, "dawn.", Text.Length - 3, null));
        Assert.Equal(QuoteLocator.Match.NotFound, LocateAt(Text, "two F-16 jets", 18, null));
        Assert.Equal(QuoteLocator.Match.NotFound, LocateAt(Text, "dawn", Text.Length - 5, null, suffix: "x"));
        Assert.Equal(QuoteLocator.Match.NotFound, LocateAt(Text, "dawn.", Text.Length - 5, null, suffix: "x"));
    }

    [Fact]
    public void Code_points_count_a_pair_once_and_a_lone_surrogate_once()
    {
        Assert.Equal(3, QuoteLocator.CodePointCount("abc"));
        Assert.Equal(2, QuoteLocator.CodePointCount("\uD83D\uDE42x"));
        Assert.Equal(2, QuoteLocator.CodePointCount("x\uD83D\uDE42"));
        Assert.Equal(3, QuoteLocator.CodePointCount("a\uDC00b"));
        Assert.Equal(3, QuoteLocator.CodePointCount("ab\uD800"));
        Assert.Equal(2, QuoteLocator.CodePointCount("\uD800\uD83D\uDE42"));
    }
}
