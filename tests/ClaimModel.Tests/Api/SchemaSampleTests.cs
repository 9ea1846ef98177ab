using System.Globalization;
using ClaimModel.Serialization;
using ClaimModel.Tests.Support;
using CsCheck;

namespace ClaimModel.Tests.Api;

/// <summary>Feeds the schema check (tests/schema/check.mjs --samples DIR) with what the C# serializer writes:
/// when <c>CLAIMMODEL_SCHEMA_SAMPLES</c> names a folder, the hand-built documents and generated ones are written
/// there (indented and compact). Without the variable the same documents are only serialized and read back.</summary>
public sealed class SchemaSampleTests
{
    /// <summary>The environment variable .ci/run sets to the folder the schema check reads.</summary>
    public const string SamplesVariable = "CLAIMMODEL_SCHEMA_SAMPLES";

    private const int GeneratedCount = 100;

    [Fact]
    public void Serializer_output_of_sample_documents_reads_back_equal_and_is_written_for_the_schema_check()
    {
        var folder = Environment.GetEnvironmentVariable(SamplesVariable);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var documents = SchemaSampleDocuments.All().Append(("representative", SampleDocuments.Representative()));
        foreach (var (name, document) in documents)
        {
            Write(folder, name, document);
        }
    }

    [Fact]
    public void Serializer_output_of_generated_documents_reads_back_equal_and_is_written_for_the_schema_check()
    {
        var folder = Environment.GetEnvironmentVariable(SamplesVariable);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var count = 0;
        ModelGenerators.ClaimDocument.Sample(
            document => Write(folder, "generated-" + Interlocked.Increment(ref count).ToString("D3", CultureInfo.InvariantCulture), document),
            iter: GeneratedCount,
            threads: 1);
        Assert.Equal(GeneratedCount, count);
    }

    private static void Write(string? folder, string name, ClaimDocument document)
    {
        var indented = ClaimJson.Serialize(document, indented: true);
        var compact = ClaimJson.Serialize(document, indented: false);
        Assert.Equal(document, ClaimJson.Deserialize(indented));
        Assert.Equal(document, ClaimJson.Deserialize(compact));

        if (!string.IsNullOrEmpty(folder))
        {
            File.WriteAllText(Path.Combine(folder, name + ".json"), indented);
            File.WriteAllText(Path.Combine(folder, name + ".compact.json"), compact);
        }
    }
}
