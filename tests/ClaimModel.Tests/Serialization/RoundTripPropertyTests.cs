using ClaimModel.Serialization;
using ClaimModel.Tests.Support;
using CsCheck;

namespace ClaimModel.Tests.Serialization;

public sealed class RoundTripPropertyTests
{
    [Fact]
    public void Any_document_written_and_read_back_is_equal()
    {
        ModelGenerators.ClaimDocument.Sample(document =>
        {
            var json = ClaimJson.Serialize(document);
            Assert.Equal(document, ClaimJson.Deserialize(json));
        }, iter: 500);
    }

    [Fact]
    public void Any_document_written_read_and_written_again_gives_identical_bytes()
    {
        ModelGenerators.ClaimDocument.Sample(document =>
        {
            foreach (var indented in new[] { false, true })
            {
                var first = ClaimJson.SerializeToUtf8Bytes(document, indented);
                var second = ClaimJson.SerializeToUtf8Bytes(ClaimJson.Deserialize(first), indented);
                Assert.Equal(first, second);
            }
        }, iter: 500);
    }

    [Theory]
    [MemberData(nameof(CultureScope.Hostile), MemberType = typeof(CultureScope))]
    public void Round_trip_holds_under_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        ModelGenerators.ClaimDocument.Sample(document =>
        {
            var json = ClaimJson.SerializeToUtf8Bytes(document, indented: true);
            var read = ClaimJson.Deserialize(json);
            Assert.Equal(document, read);
            Assert.Equal(json, ClaimJson.SerializeToUtf8Bytes(read, indented: true));
        }, iter: 100);
    }
}
