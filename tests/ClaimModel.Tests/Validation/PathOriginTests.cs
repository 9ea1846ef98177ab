using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>Where a path of a document made from others came from (<see cref="PathOrigins"/>): inside an element an
/// amendment added, the amendment's element; inside a known record, the record's place; anything else unchanged.
/// And the paths <see cref="ClaimValidation"/> reports for a document whose amendments apply only in part.</summary>
public class PathOriginTests
{
    private static PathOrigins Origins()
    {
        var origins = new PathOrigins();
        origins.SetRecords("claims", ["a.json: claims[4]", "b.json: claims[0]"]);
        origins.SetPart("claims[1].reports[2]", "c.json: amendments[3].reports[0]");
        return origins;
    }

    [Theory]
    [InlineData("claims[1].reports[2]", "c.json: amendments[3].reports[0]")]
    [InlineData("claims[1].reports[2].quote.exact", "c.json: amendments[3].reports[0].quote.exact")]
    [InlineData("claims[1].reports[1].quote", "b.json: claims[0].reports[1].quote")]
    [InlineData("claims[1].reports[20]", "b.json: claims[0].reports[20]")]
    [InlineData("claims[1].reports[2", "b.json: claims[0].reports[2")]
    [InlineData("claims[1].reports", "b.json: claims[0].reports")]
    [InlineData("claims[1]", "b.json: claims[0]")]
    [InlineData("claims[1]reports[2]", "b.json: claims[0]reports[2]")]
    [InlineData("claims[0].id", "a.json: claims[4].id")]
    [InlineData("claims[0].reports[2]", "a.json: claims[4].reports[2]")]
    public void A_path_inside_an_added_element_or_a_known_record_maps_to_its_place(string path, string origin) =>
        Assert.Equal(origin, Origins().Map(path));

    [Theory]
    [InlineData("")]
    [InlineData("title")]
    [InlineData("claims[2].id")]
    [InlineData("claims[99]")]
    [InlineData("claims[")]
    [InlineData("claims[x].id")]
    [InlineData("claims[-1]")]
    [InlineData("actors[0].id")]
    [InlineData("[0]")]
    public void A_path_outside_every_known_record_is_unchanged(string path) =>
        Assert.Equal(path, Origins().Map(path));

    [Fact]
    public void Without_added_elements_a_path_maps_by_its_record()
    {
        var origins = new PathOrigins();
        origins.SetRecords("actors", ["x.json: actors[7]"]);

        Assert.Equal("x.json: actors[7].aliases[0]", origins.Map("actors[0].aliases[0]"));
        Assert.Equal("x.json: actors[7]", origins.Map("actors[0]"));
    }

    [Fact]
    public void An_amendment_kept_unapplied_is_reported_at_its_own_index_among_the_given_ones()
    {
        var document = WithAmendments(
            new Amendment { Amends = "usa", Aliases = ["U.S."] },
            new Amendment { Amends = "c-a10" },
            new Amendment { Amends = "c-a10", Reports = [IbtReport with { Source = "gone" }] },
            new Amendment { Amends = "ghost", Aliases = ["x"] });

        IssueAssert.Exactly(
            document,
            (ErrorCodes.AmendmentEmpty, "amendments[1]", null),
            (ErrorCodes.ReferenceDangling, "amendments[2].reports[0].source", "gone"),
            (ErrorCodes.ReferenceDangling, "amendments[3].amends", "ghost"));
    }

    [Fact]
    public void What_two_amendments_add_to_one_record_is_reported_at_each_amendment()
    {
        var document = WithAmendments(
            new Amendment { Amends = "usa", Aliases = ["U.S.", " "] },
            new Amendment { Amends = "usa", Aliases = ["America", ""] });

        IssueAssert.Exactly(
            document,
            (ErrorCodes.Required, "amendments[0].aliases[1]", " "),
            (ErrorCodes.Required, "amendments[1].aliases[1]", ""));
    }
}
