using System.Text;
using ClaimModel.Validation;

namespace ClaimModel.Tests.Validation;

/// <summary>The quote search over a long source text (tables built once per source) gives the ordinal search's
/// answer: found wherever the text has the string (at its start, its end, every alignment), not found otherwise,
/// for strings long enough for the tables and short ones; code-point positions map to the same UTF-16 indices as a
/// walk from the start.</summary>
public class SourceTextIndexTests
{
    private static readonly string Words = Text(seed: 7, length: SourceTextIndex.IndexedLength * 3, surrogates: false);
    private static readonly string Emoji = Text(seed: 11, length: SourceTextIndex.IndexedLength * 2, surrogates: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4097)]
    public void A_string_taken_from_the_text_at_any_alignment_is_found(int start)
    {
        var index = Indexed(Words);
        foreach (var length in new[] { SourceTextIndex.MinimumIndexedNeedle, 10, 17, 64 })
        {
            Assert.True(index.Contains(Words.AsSpan(start, length)), $"start {start}, length {length}");
        }
    }

    [Fact]
    public void The_last_characters_of_the_text_are_found()
    {
        var index = Indexed(Words);
        foreach (var length in new[] { 1, 5, SourceTextIndex.MinimumIndexedNeedle, 12, 13, 14, 40 })
        {
            Assert.True(index.Contains(Words.AsSpan(Words.Length - length)), $"length {length}");
        }
    }

    [Fact]
    public void Strings_the_text_does_not_have_are_not_found()
    {
        var index = Indexed(Words);
        Assert.False(index.Contains("a quote that is not in the text at all"));
        Assert.False(index.Contains("xyzzy"));

        // One character changed in a string taken from the text: every gram but one is in the text.
        var altered = Words.Substring(10_000, 30).ToCharArray();
        altered[17] = '#';
        Assert.False(index.Contains(altered));
        Assert.False(index.Contains(Words + "!"));
    }

    [Fact]
    public void Every_answer_equals_the_ordinal_search()
    {
        var index = Indexed(Words);
        Assert.True(index.Contains(Words.AsSpan(100, 30)));
        Assert.True(index.HasTables);
        var random = new Random(3);
        for (var i = 0; i < 2_000; i++)
        {
            var length = random.Next(1, 40);
            var start = random.Next(0, Words.Length - length);
            var needle = Words.Substring(start, length).ToCharArray();
            if (i % 2 == 1)
            {
                needle[random.Next(length)] = (char)('a' + random.Next(26)); // often still in the text, sometimes not
            }

            Assert.Equal(Words.AsSpan().IndexOf(needle, StringComparison.Ordinal) >= 0, index.Contains(needle));
        }
    }

    [Fact]
    public void A_short_text_is_searched_without_tables_with_the_same_answers()
    {
        var index = new SourceTextIndex("Two American A-10 assault aircraft entered from Turkey.");
        for (var i = 0; i < SourceTextIndex.LinearSearches * 2; i++)
        {
            Assert.True(index.Contains("A-10 assault"));
        }

        Assert.False(index.HasTables);
        Assert.True(index.Contains("."));
        Assert.False(index.Contains("A-10  assault"));
        Assert.Equal(5, index.Utf16Index(5));
        Assert.Equal(-1, index.Utf16Index(500));
    }

    [Fact]
    public void A_repetitive_text_finds_what_it_has_and_refuses_what_it_lacks()
    {
        var text = new string('a', SourceTextIndex.IndexedLength * 2) + "b";
        var index = Indexed(text);
        Assert.True(index.Contains(new string('a', 100)));
        Assert.True(index.Contains(new string('a', 100) + "b"));
        Assert.False(index.Contains("b" + new string('a', 20)));
        Assert.False(index.Contains(new string('a', 20) + "c"));
    }

    [Fact]
    public void Code_point_positions_map_as_a_walk_from_the_start_does()
    {
        var index = Indexed(Emoji);
        var walk = Walk(Emoji);
        foreach (var codePoint in new[] { 0, 1, 1023, 1024, 1025, 5000, walk.Count / 2, walk.Count - 2, walk.Count - 1 })
        {
            Assert.Equal(walk[codePoint], index.Utf16Index(codePoint));
        }

        Assert.Equal(-1, index.Utf16Index(walk.Count));
        Assert.Equal(-1, index.Utf16Index(-1));
        Assert.Equal(-1, index.Utf16Index(int.MaxValue));
    }

    [Fact]
    public void Lone_surrogates_count_as_one_code_point_each_in_a_short_text_up_to_its_end()
    {
        // a, a lone low surrogate, b, a pair, c, a lone high surrogate at the very end.
        var index = new SourceTextIndex("a\uDC00b\uD83D\uDE42c\uD800");
        Assert.Equal([0, 1, 2, 3, 5, 6, 7, -1], Enumerable.Range(0, 8).Select(index.Utf16Index));

        var plain = new SourceTextIndex("abc");
        Assert.Equal([0, 3, -1], new[] { 0, 3, 4 }.Select(plain.Utf16Index));
    }

    [Fact]
    public void Lone_surrogates_count_as_one_code_point_each_in_a_long_text_up_to_its_end()
    {
        // The emoji text with a lone low surrogate after a letter now and then, and a lone high surrogate last.
        var chars = Emoji.ToCharArray();
        for (var i = 1; i < chars.Length; i += 701)
        {
            if (char.IsAsciiLetterLower(chars[i]) && char.IsAsciiLetterLower(chars[i - 1]))
            {
                chars[i] = '\uDC00';
            }
        }

        chars[^1] = '\uD800';
        var text = new string(chars);
        var walk = Walk(text);
        var index = Indexed(text);
        for (var codePoint = 0; codePoint < walk.Count; codePoint += 97)
        {
            Assert.Equal(walk[codePoint], index.Utf16Index(codePoint));
        }

        Assert.Equal(text.Length, index.Utf16Index(walk.Count - 1));
        Assert.Equal(text.Length - 1, index.Utf16Index(walk.Count - 2));
        Assert.Equal(-1, index.Utf16Index(walk.Count));
    }

    [Fact]
    public void The_first_search_of_a_long_text_finds_its_very_beginning()
    {
        var index = new SourceTextIndex(Words);
        Assert.True(index.Contains(Words.AsSpan(0, 20)));
        Assert.False(index.HasTables);
    }

    [Fact]
    public void A_text_without_surrogates_maps_positions_one_to_one()
    {
        var index = Indexed(Words);
        Assert.Equal(12_345, index.Utf16Index(12_345));
        Assert.Equal(Words.Length, index.Utf16Index(Words.Length));
        Assert.Equal(-1, index.Utf16Index(Words.Length + 1));
    }

    [Fact]
    public void A_long_source_text_validates_its_quotes_through_the_index()
    {
        var text = Words;
        var present = text.Substring(50_000, 24);
        var document = ValidDocument.Document with
        {
            Sources = [.. ValidDocument.Document.Sources.Select(s => s.Id == "rt" ? s with { Text = text } : s)],
            Claims =
            [
                ValidDocument.A10Claim with { Reports = [new Report { Source = "rt", Quote = new Quote { Exact = present } }] },
                ValidDocument.A10Claim with { Id = "c-absent", Reports = [new Report { Source = "rt", Quote = new Quote { Exact = "not in this text, anywhere" } }] },
                ValidDocument.A10Claim with { Id = "c-moved", Reports = [new Report { Source = "rt", Quote = new Quote { Exact = present, Start = 10 } }] },
            ],
        };

        var issues = ClaimValidation.Validate(document).Issues;
        Assert.Contains(issues, i => i.Code == ErrorCodes.QuoteNotFound && i.Path == "claims[1].reports[0].quote");
        Assert.Contains(issues, i => i.Code == ErrorCodes.QuotePositionMismatch && i.Path == "claims[2].reports[0].quote.start");
        Assert.DoesNotContain(issues, i => i.Path.StartsWith("claims[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_searches_of_a_long_text_are_linear_and_agree_with_the_tables_built_after_them()
    {
        var index = new SourceTextIndex(Words);
        var present = Words.Substring(77_777, 20);
        for (var i = 0; i < SourceTextIndex.LinearSearches + 2; i++)
        {
            Assert.Equal(2 * i > SourceTextIndex.LinearSearches, index.HasTables); // two searches per round; the one after the linear ones builds them
            Assert.True(index.Contains(present));
            Assert.False(index.Contains("not in the text: " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>The UTF-16 index of each code point of <paramref name="text"/> (a pair is one, a lone surrogate one), then
    /// the position after the last.</summary>
    private static List<int> Walk(string text)
    {
        var walk = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            walk.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        walk.Add(text.Length);
        return walk;
    }

    /// <summary>A long text's index after its linear searches, so that the next searches use the tables.</summary>
    private static SourceTextIndex Indexed(string text)
    {
        var index = new SourceTextIndex(text);
        for (var i = 0; i < SourceTextIndex.LinearSearches; i++)
        {
            index.Contains("#never in any test text#");
        }

        return index;
    }

    /// <summary>Words of 1–9 lowercase letters and spaces (and, with <paramref name="surrogates"/>, an emoji now and then).</summary>
    private static string Text(int seed, int length, bool surrogates)
    {
        var random = new Random(seed);
        var text = new StringBuilder(length + 16);
        while (text.Length < length)
        {
            var word = random.Next(1, 10);
            for (var i = 0; i < word; i++)
            {
                text.Append((char)('a' + random.Next(26)));
            }

            text.Append(surrogates && random.Next(8) == 0 ? "🙂" : " ");
        }

        return text.ToString(0, length - (char.IsHighSurrogate(text[length - 1]) ? 1 : 0));
    }
}
