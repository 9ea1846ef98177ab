using ClaimModel.Serialization;

namespace ClaimModel.Tests.Api;

/// <summary>The C# reader rejects the same shared invalid samples both JSON Schemas reject (<c>tests/schema/invalid/*.json</c>:
/// version 1 and version 2 documents, and documents mixing the versions) and accepts the shared valid ones
/// (<c>tests/schema/valid/*.json</c>, of both versions); tests/schema/check.mjs runs both through Ajv.</summary>
public sealed class InvalidSampleTests
{
    private static readonly string InvalidFolder = RepoFiles.PathOf("tests", "schema", "invalid");

    public static TheoryData<string> InvalidSamples() =>
        new(Directory.GetFiles(InvalidFolder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));

    [Fact]
    public void There_are_at_least_12_invalid_samples()
    {
        Assert.True(InvalidSamples().Count >= 12, $"Only {InvalidSamples().Count} samples in {InvalidFolder}.");
    }

    public static TheoryData<string> ValidSamples() =>
        new(Directory.GetFiles(RepoFiles.PathOf("tests", "schema", "valid"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("base.json", 2)]
    [InlineData("base-v2.json", 3)]
    public void Reader_accepts_the_documents_the_invalid_samples_are_made_from(string file, int claims)
    {
        var document = ClaimJson.Deserialize(RepoFiles.Read("tests", "schema", "valid", file));

        Assert.Equal(claims, document.Claims.Count);
    }

    [Fact]
    public void Valid_samples_hold_documents_of_every_supported_version() => Assert.Equal(
        ClaimDocument.SupportedFormatVersions,
        Directory.GetFiles(RepoFiles.PathOf("tests", "schema", "valid"), "*.json")
            .Select(f => System.Text.Json.JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("formatVersion").GetInt32())
            .Distinct()
            .Order());

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void Reader_accepts_valid_sample(string file)
    {
        var document = ClaimJson.Deserialize(RepoFiles.Read("tests", "schema", "valid", file));

        Assert.Equal(document, ClaimJson.Deserialize(ClaimJson.Serialize(document)));
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void Reader_rejects_invalid_sample(string file)
    {
        var json = RepoFiles.Read("tests", "schema", "invalid", file);

        var exception = Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize(json));
        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
    }
}
