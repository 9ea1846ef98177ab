using ClaimModel.Serialization;
using ClaimModel.Synthetic;
using ClaimModel.Validation;

namespace ClaimModel.Tests.Synthetic;

/// <summary>The generated corpus against the library: it validates with no issue and its JSON is stable.</summary>
public sealed class SyntheticCorpusContractTests(SyntheticCorpusFixture fixture) : IClassFixture<SyntheticCorpusFixture>
{
    [Fact]
    public void Generated_document_validates_with_no_issues_at_10k()
    {
        var outcome = ClaimValidation.Validate(fixture.Document);

        Assert.True(outcome.Issues.Count == 0, string.Join("\n", outcome.Issues.Take(20).Select(i => i.ToString())));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(50, 3)]
    [InlineData(2_000, 11)]
    public void Generated_document_validates_with_no_issues_for_other_sizes_and_seeds(int claims, int seed)
    {
        var outcome = ClaimValidation.Validate(SyntheticCorpus.Generate(claims, seed));

        Assert.True(outcome.Issues.Count == 0, string.Join("\n", outcome.Issues.Take(20).Select(i => i.ToString())));
    }

    [Fact]
    public void Generator_is_deterministic_down_to_the_json_bytes()
    {
        var first = ClaimJson.SerializeToUtf8Bytes(SyntheticCorpus.Generate(3_000, 5));
        var second = ClaimJson.SerializeToUtf8Bytes(SyntheticCorpus.Generate(3_000, 5));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generated_document_round_trips_through_json()
    {
        var json = ClaimJson.SerializeToUtf8Bytes(fixture.Document);

        Assert.Equal(fixture.Document, ClaimJson.Deserialize(json));
    }
}
