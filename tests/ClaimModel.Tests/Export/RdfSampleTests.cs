using System.Text.Json;
using ClaimModel.Export;

namespace ClaimModel.Tests.Export;

/// <summary>Feeds the RDF check (tests/schema/rdf-check.mjs --samples DIR): when <c>CLAIMMODEL_RDF_SAMPLES</c> names a
/// folder, the exports of the seeds and of the revisions fixture are written there with their expectations. With or
/// without the variable, the exports are checked against those expectations as far as C# can read them.</summary>
public sealed class RdfSampleTests
{
    /// <summary>The environment variable .ci/run sets to the folder the RDF check reads.</summary>
    public const string SamplesVariable = "CLAIMMODEL_RDF_SAMPLES";

    public static TheoryData<string> Samples => new() { "seeds", "revisions" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Exports_and_their_expectations_agree_and_are_written_for_the_rdf_check(string name)
    {
        var (document, review) = name == "seeds" ? (ExportFixtures.Seeds, (ClaimReviewInput?)null) : (ExportFixtures.Revisions, ExportFixtures.RevisionsReview);
        var claimReview = ClaimReviewWriter.ToJson(document, review);
        var provJson = ProvJsonLdWriter.ToJson(document);
        var turtle = ProvTurtleWriter.ToTurtle(document);
        var expected = RdfExpectations.Write(document, review);

        using var expectations = JsonDocument.Parse(expected);
        using var reviews = JsonDocument.Parse(claimReview);
        var ids = expectations.RootElement.GetProperty("claims").EnumerateArray().Concat(expectations.RootElement.GetProperty("denials").EnumerateArray())
            .Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToList();
        var reviewed = reviews.RootElement.GetProperty("@graph").EnumerateArray()
            .Select(r => r.GetProperty("itemReviewed").GetProperty("identifier").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(document.Claims.Count + document.Denials.Count, ids.Count);
        Assert.Equal(ids, reviewed);
        foreach (var chain in expectations.RootElement.GetProperty("chains").EnumerateObject())
        {
            Assert.Contains("<urn:claimmodel:report/" + chain.Name + ">", turtle, StringComparison.Ordinal);
            Assert.Contains("\"urn:claimmodel:report/" + chain.Name + "\"", provJson, StringComparison.Ordinal);
        }

        var folder = Environment.GetEnvironmentVariable(SamplesVariable);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, name + ".claimreview.jsonld"), claimReview);
            File.WriteAllText(Path.Combine(folder, name + ".prov.jsonld"), provJson);
            File.WriteAllText(Path.Combine(folder, name + ".prov.ttl"), turtle);
            File.WriteAllText(Path.Combine(folder, name + ".expected.json"), expected);
        }
    }
}
