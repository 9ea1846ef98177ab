using ClaimModel.Validation;

namespace ClaimModel.Tests.Validation;

public class SyntaxTests
{
    [Theory]
    [InlineData("a", true)]
    [InlineData("c-konashenkov-a10", true)]
    [InlineData("ibt.2016_02:11", true)]
    [InlineData("0", true)]
    [InlineData("", false)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("a..b", false)]
    [InlineData("a-.b", false)]
    [InlineData("A", false)]
    [InlineData("a b", false)]
    [InlineData("é", false)]
    [InlineData("a/b", false)]
    [InlineData("ı", false)]
    public void Id_syntax_accepts_lower_case_runs_separated_by_single_separators(string id, bool valid) =>
        Assert.Equal(valid, Syntax.IsId(id));

    [Theory]
    [InlineData("distance-from-aleppo", true)]
    [InlineData("killed", true)]
    [InlineData("distance_from", false)]
    [InlineData("a.b", false)]
    public void Measure_syntax_is_kebab_case(string measure, bool valid) => Assert.Equal(valid, Syntax.IsMeasure(measure));

    [Theory]
    [InlineData("km", true)]
    [InlineData("km/h", true)]
    [InlineData("usd-2016", true)]
    [InlineData("Km", false)]
    [InlineData("km//h", false)]
    public void Unit_syntax_allows_slash_and_hyphen(string unit, bool valid) => Assert.Equal(valid, Syntax.IsUnit(unit));

    [Theory]
    [InlineData("https://example.org/a?b=c", true)]
    [InlineData("http://example.org", true)]
    [InlineData("HTTPS://EXAMPLE.ORG", true)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("/relative", false)]
    [InlineData("", false)]
    public void Url_must_be_absolute_http_or_https(string url, bool valid) => Assert.Equal(valid, Syntax.IsHttpUrl(url));
}
