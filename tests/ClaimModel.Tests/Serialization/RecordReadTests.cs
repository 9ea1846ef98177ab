using System.Text;
using ClaimModel.Serialization;

namespace ClaimModel.Tests.Serialization;

/// <summary><see cref="ClaimJson.Deserialize{T}(ReadOnlySpan{byte}, ClaimReadLimits)"/>: one record of any ClaimModel
/// type, read as the serializer reads it, within the limits, nothing after it.</summary>
public sealed class RecordReadTests
{
    private static readonly Claim Claim = new()
    {
        Id = "c-1",
        Claimant = "usa",
        Incident = "aleppo",
        Statements = [new ResponsibilityStatement { Actors = ["russia"] }],
        Modality = Modality.Asserted,
        Reports = [new Report { Source = "ibt", Quote = new Quote { Exact = "Russian jets" } }],
    };

    private static byte[] Json<T>(T value) => Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(value, ClaimJson.Options));

    [Fact]
    public void A_claim_reads_as_the_serializer_reads_it()
    {
        var json = Json(Claim);

        var read = ClaimJson.Deserialize<Claim>(json, ClaimReadLimits.Service);

        Assert.Equal(Claim, read);
        Assert.Equal(System.Text.Json.JsonSerializer.Deserialize<Claim>(json, ClaimJson.Options), read);
    }

    [Fact]
    public void An_actor_and_a_figure_read_too()
    {
        var actor = new Actor { Id = "usa", Name = "United States", Kind = ActorKind.State };
        var figure = new Figure { Measure = "killed", Unit = "people", Qualifier = FigureQualifier.AtLeast, Value = 27, Text = "at least 27" };

        Assert.Equal(actor, ClaimJson.Deserialize<Actor>(Json(actor), ClaimReadLimits.Service));
        Assert.Equal(figure, ClaimJson.Deserialize<Figure>(Json(figure), ClaimReadLimits.Service));
    }

    [Fact]
    public void A_string_over_the_limit_names_its_path()
    {
        var error = Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize<Claim>(Json(Claim), new ClaimReadLimits { MaxStringLength = 8 }));

        Assert.StartsWith("A string of 12 bytes exceeds MaxStringLength 8;", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.reports[0].quote.exact", error.Path);
    }

    [Fact]
    public void Content_after_the_record_is_refused()
    {
        var json = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Json(Claim)) + " {}");

        var error = Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize<Claim>(json, ClaimReadLimits.Trusted));

        Assert.Contains("invalid after a single JSON value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_record_is_a_ClaimJsonException_with_its_path()
    {
        var json = "{\"id\":\"c-1\",\"claimant\":12}"u8.ToArray();

        var error = Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize<Claim>(json, ClaimReadLimits.Service));

        Assert.Equal("$.claimant", error.Path);
    }

    [Fact]
    public void A_type_without_a_wire_format_is_not_supported()
    {
        Assert.Throws<NotSupportedException>(() => ClaimJson.Deserialize<Version>("{}"u8, ClaimReadLimits.Service));
    }
}
