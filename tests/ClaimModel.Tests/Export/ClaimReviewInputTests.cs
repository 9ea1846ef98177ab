using ClaimModel.Export;

namespace ClaimModel.Tests.Export;

public sealed class ClaimReviewInputTests
{
    [Fact]
    public void The_review_fixture_reads_with_its_organisation_and_both_reviews()
    {
        var input = ExportFixtures.RevisionsReview;

        Assert.Equal(new ReviewOrganization { Name = "Example Fact Check", Url = "https://factcheck.example/" }, input.Organization);
        Assert.Equal(2, input.Reviews.Count);
        Assert.Equal(new ReviewRating { AlternateName = "False", RatingValue = 1, BestRating = 5, WorstRating = 1 }, input.ReviewOf("c-first")!.Rating);
        Assert.Null(input.ReviewOf("c-second"));
    }

    [Theory]
    [InlineData("{\"reviewz\": []}", "unknown member 'reviewz'")]
    [InlineData("{\"organization\": {\"url\": \"https://a.example/\"}}", "$.organization: the member 'name' is required")]
    [InlineData("{\"reviews\": [{\"claim\": \"a\"}, {\"claim\": \"a\"}]}", "'a' is reviewed twice")]
    [InlineData("{\"reviews\": [{\"claim\": \"a\", \"url\": \"factcheck.example/a\"}]}", "$.reviews[0].url: 'factcheck.example/a' is not an absolute http(s) URL")]
    [InlineData("{\"reviews\": [{\"claim\": \"a\", \"datePublished\": \"15/02/2016\"}]}", "$.reviews[0].datePublished")]
    [InlineData("{\"reviews\": [{\"claim\": \"a\", \"datePublished\": \"2016-02-15T10:00:00\"}]}", "$.reviews[0].datePublished")]
    [InlineData("{\"reviews\": [{\"claim\": \"a\", \"rating\": {\"ratingValue\": 1}}]}", "$.reviews[0].rating: the member 'alternateName' is required")]
    [InlineData("{\"reviews\": [{\"claim\": \"a\", \"rating\": {\"alternateName\": \"False\", \"ratingValue\": \"1\"}}]}", "$.reviews[0].rating.ratingValue: expected a number")]
    [InlineData("{\"organization\": {\"name\": \"A\", \"name\": \"B\"}}", "not valid JSON")]
    [InlineData("[]", "$: expected an object")]
    [InlineData("{", "not valid JSON")]
    public void A_malformed_review_file_is_invalid_data_naming_the_member(string json, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => ClaimReviewInput.Parse(json));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2016-02-15")]
    [InlineData("2016-02-15T10:00:00Z")]
    [InlineData("2016-02-15T10:00:00+01:00")]
    public void Iso_dates_and_date_times_with_an_offset_are_accepted(string date)
    {
        var input = ClaimReviewInput.Parse("{\"reviews\": [{\"claim\": \"a\", \"datePublished\": \"" + date + "\"}]}");

        Assert.Equal(date, input.ReviewOf("a")!.DatePublished);
    }

    [Fact]
    public void The_readme_review_file_example_reads_and_names_a_seed_claim()
    {
        var readme = ClaimModel.Tests.Api.RepoFiles.Read("README.md");
        var section = readme.IndexOf("### schema.org ClaimReview and Claim", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no \"### schema.org ClaimReview and Claim\" section");
        var block = System.Text.RegularExpressions.Regex.Match(readme[section..], "```json\n([\\s\\S]*?)\n```");
        Assert.True(block.Success, "That section has no ```json block");

        var input = ClaimReviewInput.Parse(block.Groups[1].Value);

        Assert.Equal("Unproven", input.ReviewOf("c-konashenkov-a10")!.Rating!.AlternateName);
        Assert.Empty(input.UnmatchedIds(ExportFixtures.Seeds));
    }
}
