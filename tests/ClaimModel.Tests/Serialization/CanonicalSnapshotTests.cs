using ClaimModel.Serialization;
using ClaimModel.Tests.Support;
using Snapshooter.Xunit;

namespace ClaimModel.Tests.Serialization;

public sealed class CanonicalSnapshotTests
{
    [Fact]
    public void Representative_document_has_a_stable_canonical_form() =>
        Snapshot.Match(ClaimJson.Serialize(SampleDocuments.Representative(), indented: true));

    [Fact]
    public void Canonical_form_reads_back_to_the_representative_document()
    {
        var text = ClaimJson.Serialize(SampleDocuments.Representative(), indented: true);

        Assert.Equal(SampleDocuments.Representative(), ClaimJson.Deserialize(text));
        Assert.EndsWith("}\n", text);
        Assert.DoesNotContain("\r", text);
    }
}
