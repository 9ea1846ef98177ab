using System.Text.Json;
using ClaimModel.Export;
using ClaimModel.Tests.Support;

namespace ClaimModel.Tests.Export;

public sealed class ClaimReviewWriterTests
{
    private static JsonElement Graph(string json) => JsonDocument.Parse(json).RootElement.GetProperty("@graph");

    private static JsonElement ReviewOf(string json, string id) =>
        Graph(json).EnumerateArray().Single(r => r.GetProperty("itemReviewed").GetProperty("identifier").GetString() == id);

    [Fact]
    public void Without_review_input_no_skeleton_has_a_rating_an_author_a_url_or_a_review_date()
    {
        var json = ClaimReviewWriter.ToJson(ExportFixtures.Seeds);

        var reviews = Graph(json).EnumerateArray().ToList();
        Assert.Equal(ExportFixtures.Seeds.Claims.Count + ExportFixtures.Seeds.Denials.Count, reviews.Count);
        foreach (var review in reviews)
        {
            Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
            Assert.False(review.TryGetProperty("reviewRating", out _));
            Assert.False(review.TryGetProperty("author", out _));
            Assert.False(review.TryGetProperty("url", out _));
            Assert.False(review.TryGetProperty("datePublished", out _));
            Assert.Equal(review.GetProperty("claimReviewed").GetString(), review.GetProperty("itemReviewed").GetProperty("text").GetString());
        }

        Assert.DoesNotContain("Rating", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Ratings_come_only_from_the_input_and_only_for_the_claims_it_names()
    {
        var json = ClaimReviewWriter.ToJson(ExportFixtures.Revisions, ExportFixtures.RevisionsReview);

        var first = ReviewOf(json, "c-first");
        var rating = first.GetProperty("reviewRating");
        Assert.Equal("False", rating.GetProperty("alternateName").GetString());
        Assert.Equal(1m, rating.GetProperty("ratingValue").GetDecimal());
        Assert.Equal(5m, rating.GetProperty("bestRating").GetDecimal());
        Assert.Equal(1m, rating.GetProperty("worstRating").GetDecimal());
        Assert.Equal("https://factcheck.example/2016/03/no-strike", first.GetProperty("url").GetString());
        Assert.Equal("2016-03-02", first.GetProperty("datePublished").GetString());
        Assert.Equal("Example Fact Check", first.GetProperty("author").GetProperty("name").GetString());

        var denial = ReviewOf(json, "d-ministry-no-depot").GetProperty("reviewRating");
        Assert.Equal("Unproven", denial.GetProperty("alternateName").GetString());
        Assert.False(denial.TryGetProperty("ratingValue", out _));

        var unrated = ReviewOf(json, "c-second");
        Assert.False(unrated.TryGetProperty("reviewRating", out _));
        Assert.False(unrated.TryGetProperty("url", out _));
        Assert.Equal("Example Fact Check", unrated.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(2, Graph(json).EnumerateArray().Count(r => r.TryGetProperty("reviewRating", out _)));
    }

    [Fact]
    public void A_review_of_an_unknown_claim_is_an_argument_error()
    {
        var review = new ClaimReviewInput { Reviews = [new ClaimReviewEntry { Claim = "c-nowhere", Rating = new ReviewRating { AlternateName = "False" } }] };

        var error = Assert.Throws<ArgumentException>(() => ClaimReviewWriter.ToJson(ExportFixtures.Revisions, review));
        Assert.Contains("c-nowhere", error.Message, StringComparison.Ordinal);
        Assert.Equal(["c-nowhere"], review.UnmatchedIds(ExportFixtures.Revisions));
    }

    [Fact]
    public void A_claim_has_its_claimant_as_author_every_report_source_as_appearance_and_the_earliest_as_first_appearance()
    {
        var json = ClaimReviewWriter.ToJson(ExportFixtures.Revisions);

        var claim = ReviewOf(json, "c-first").GetProperty("itemReviewed");
        Assert.Equal("urn:claimmodel:claim/c-first", claim.GetProperty("@id").GetString());
        Assert.Equal("Person", claim.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Col. A. Back\\slash", claim.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("2016-02-29T18:05:00+03:00", claim.GetProperty("datePublished").GetString());
        var appearances = claim.GetProperty("appearance").EnumerateArray().Select(a => a.GetProperty("@id").GetString()).ToList();
        Assert.Equal(["urn:claimmodel:source/daily-2016-03-01", "urn:claimmodel:source/weekly-2016-03"], appearances);
        var daily = claim.GetProperty("appearance")[0];
        Assert.Equal("https://daily.example/2016/03/01/strike?ref=a&b=c", daily.GetProperty("url").GetString());
        Assert.Equal("The Daily", daily.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("2016-03", claim.GetProperty("appearance")[1].GetProperty("datePublished").GetString());
        // The weekly's March starts before the daily's morning of 1 March: the earliest start wins.
        Assert.Equal("urn:claimmodel:source/weekly-2016-03", claim.GetProperty("firstAppearance").GetProperty("@id").GetString());

        var unnamed = ReviewOf(json, "c-withdrawn").GetProperty("itemReviewed").GetProperty("author");
        Assert.Equal("Person", unnamed.GetProperty("@type").GetString());
        Assert.False(unnamed.TryGetProperty("name", out _));
        Assert.Equal("two officials\nwho asked not to be named", unnamed.GetProperty("description").GetString());
    }

    [Fact]
    public void A_claim_whose_sources_have_no_date_has_no_first_appearance()
    {
        var json = ClaimReviewWriter.ToJson(ExportFixtures.Revisions);

        var denial = ReviewOf(json, "d-ministry-no-depot").GetProperty("itemReviewed");
        Assert.Single(denial.GetProperty("appearance").EnumerateArray());
        Assert.False(denial.TryGetProperty("firstAppearance", out _));
        Assert.False(denial.TryGetProperty("datePublished", out _));
    }

    [Theory]
    [MemberData(nameof(CultureScope.Hostile), MemberType = typeof(CultureScope))]
    public void The_export_is_the_same_text_in_every_culture_and_on_every_run(string culture)
    {
        var invariant = ClaimReviewWriter.ToJson(ExportFixtures.Revisions, ExportFixtures.RevisionsReview);

        using (new CultureScope(culture))
        {
            Assert.Equal(invariant, ClaimReviewWriter.ToJson(ExportFixtures.Revisions, ExportFixtures.RevisionsReview));
        }
    }

    [Fact]
    public void The_utf8_json_writer_overload_writes_the_same_json_as_the_text_overload()
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ClaimReviewWriter.Write(ExportFixtures.Seeds, writer);
        }

        Assert.Equal(ClaimReviewWriter.ToJson(ExportFixtures.Seeds), System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
