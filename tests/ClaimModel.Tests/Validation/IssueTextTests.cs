using System.Globalization;
using ClaimModel.Tests.Support;
using ClaimModel.Validation;

namespace ClaimModel.Tests.Validation;

/// <summary>How an issue's path and value are written: FluentValidation's member paths in the wire format's camelCase,
/// the record a path belongs to (its document-order key), and offending values as invariant text cut to
/// <see cref="ValidationIssue.MaxValueLength"/> characters.</summary>
public class IssueTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("Claims[3].Reports[0].Quote", "claims[3].reports[0].quote")]
    [InlineData("Actors[10].SameAs[2].Actor", "actors[10].sameAs[2].actor")]
    [InlineData("ABC.DEF", "aBC.dEF")]
    [InlineData("Claims[0]", "claims[0]")]
    [InlineData("claims[0].x", "claims[0].x")]
    [InlineData("A]B", "a]b")]
    [InlineData("É.Z", "É.z")]
    public void A_member_path_is_written_with_each_member_name_starting_in_lower_case(string? path, string wire) =>
        Assert.Equal(wire, IssuePath.ToWire(path));

    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("title", 0, 0)]
    [InlineData("actors[7].id", 1, 7)]
    [InlineData("sources[0]", 2, 0)]
    [InlineData("incidents[12].partOf", 3, 12)]
    [InlineData("claims[345].reports[6].quote", 4, 345)]
    [InlineData("denials[2]", 5, 2)]
    [InlineData("amendments[9].reports[0]", 6, 9)]
    [InlineData("inputs[4]", 0, 4)]
    [InlineData("claims[x]", 4, 0)]
    [InlineData("claims[-1]", 4, 0)]
    [InlineData("claims[ 1]", 4, 0)]
    [InlineData("claims[", 4, 0)]
    [InlineData("claims[]", 4, 0)]
    public void The_record_key_of_a_path_is_its_collection_rank_and_record_index(string path, int rank, int index) =>
        Assert.Equal((rank, index), IssuePath.RecordKey(path));

    [Fact]
    public void Values_are_written_in_the_invariant_culture()
    {
        using var culture = new CultureScope("de-DE");

        Assert.Null(ValueText.Format(null));
        Assert.Equal("true", ValueText.Format(true));
        Assert.Equal("false", ValueText.Format(false));
        Assert.Equal("-1234.5", ValueText.Format(-1234.5m));
        Assert.Equal("0.1", ValueText.Format(0.1));
        Assert.Equal("-2147483648", ValueText.Format(int.MinValue));
        Assert.Equal("2016-02-10T12:00:00.0000000+02:00", ValueText.Format(new DateTimeOffset(2016, 2, 10, 12, 0, 0, TimeSpan.FromHours(2))));
        Assert.Equal("1234567890123", ValueText.Format(1234567890123L));
        Assert.Equal("1.5", ValueText.Format(1.5f));
        Assert.Equal("[1, 2]", ValueText.Format(new Listed("[1, 2]")));
        Assert.Equal(string.Empty, ValueText.Format(new Listed(null)));
    }

    [Fact]
    public void A_value_of_the_longest_length_is_kept_and_one_longer_is_cut_to_it()
    {
        var longest = new string('x', ValidationIssue.MaxValueLength);

        Assert.Same(longest, ValueText.Cut(longest));
        Assert.Equal(new string('x', ValidationIssue.MaxValueLength - 1) + "…", ValueText.Cut(longest + "y"));
        Assert.Equal(ValidationIssue.MaxValueLength, ValueText.Cut(longest + "y").Length);
        Assert.Equal(new string('x', ValidationIssue.MaxValueLength - 1) + "…", ValueText.Format(new Listed(longest + "y")));
        Assert.Equal(new string('x', ValidationIssue.MaxValueLength - 1) + "…", ValueText.Format((IFormattable)new FormattedAs(longest + "y")));
    }

    [Fact]
    public void A_cut_keeps_a_surrogate_pair_whole_or_drops_it()
    {
        var pairBefore = new string('a', 197) + "🙂" + new string('b', 10);
        var pairAcross = new string('a', 198) + "🙂" + new string('b', 10);

        Assert.Equal(new string('a', 197) + "🙂…", ValueText.Cut(pairBefore));
        Assert.Equal(new string('a', 198) + "…", ValueText.Cut(pairAcross));
    }

    /// <summary>A value without a culture: written by its <see cref="object.ToString"/>.</summary>
    private sealed class Listed(string? text)
    {
        public override string? ToString() => text;
    }

    /// <summary>A formattable value: written in the invariant culture.</summary>
    private sealed class FormattedAs(string text) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) =>
            ReferenceEquals(formatProvider, CultureInfo.InvariantCulture) ? text : "not invariant";

        public override string ToString() => "not invariant";
    }
}
