using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimModel.Serialization;
using ClaimModel.Tests.Support;

namespace ClaimModel.Tests.Serialization;

/// <summary>The records carry their converter: default reflection options, <c>AddClaimModel()</c> on a caller's
/// options, and a source-generated context of the caller's own all write exactly the ClaimModel wire format and read
/// it back to equal records. Byte for byte where the caller's encoder escapes as ClaimJson's does (the encoder is the
/// caller's choice: the default one escapes non-ASCII text, which is the same JSON).</summary>
public sealed class WireFormatTravelsTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly ClaimDocument Document = SampleDocuments.Representative();

    /// <summary>Every record type of the model, one value each, from the representative document.</summary>
    public static TheoryData<string> Records => new(Parts().Select(p => p.Name));

    private static IEnumerable<(string Name, object Value, Type Type)> Parts()
    {
        var claim = Document.Claims.First(c => c.Statements.Count > 1);
        yield return ("document", Document, typeof(ClaimDocument));
        yield return ("actor", Document.Actors.First(a => !a.SameAs.IsEmpty), typeof(Actor));
        yield return ("affiliation", Document.Actors.SelectMany(a => a.Affiliations).First(), typeof(Affiliation));
        yield return ("identity link", Document.Actors.SelectMany(a => a.SameAs).First(), typeof(IdentityLink));
        yield return ("source", Document.Sources[0], typeof(Source));
        yield return ("incident", Document.Incidents.First(i => i.Place is not null), typeof(Incident));
        yield return ("place", Document.Incidents.First(i => i.Place is not null).Place!, typeof(Place));
        yield return ("claim", claim, typeof(Claim));
        yield return ("statement (as the base type)", claim.Statements[0], typeof(Statement));
        yield return ("denial", Document.Denials[0], typeof(Denial));
        yield return ("report", claim.Reports[0], typeof(Report));
        yield return ("quote", claim.Reports[0].Quote, typeof(Quote));
        yield return ("amendment", Document.Amendments[0], typeof(Amendment));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Default_reflection_options_write_and_read_the_claimmodel_format(string record)
    {
        var (_, value, type) = Parts().Single(p => p.Name == record);
        var expected = JsonSerializer.Serialize(value, type, ClaimJson.Options);

        var json = JsonSerializer.Serialize(value, type, Relaxed);
        var escaped = JsonSerializer.Serialize(value, type, new JsonSerializerOptions());

        Assert.Equal(expected, json);
        Assert.Equal(value, JsonSerializer.Deserialize(json, type, new JsonSerializerOptions()));
        Assert.Equal(value, JsonSerializer.Deserialize(escaped, type, new JsonSerializerOptions()));
        Assert.DoesNotContain("\"kind\":0", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_written_by_reflection_options_is_the_claimjson_document_byte_for_byte()
    {
        Assert.Equal(ClaimJson.Serialize(Document), JsonSerializer.Serialize(Document, Relaxed));
    }

    [Fact]
    public void AddClaimModel_adds_to_the_callers_options_and_covers_lists_of_records_in_the_callers_types()
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
            .AddClaimModel().AddClaimModel();
        var envelope = new Envelope { Received = 3, Claims = Document.Claims, First = Document.Claims[0] };

        var json = JsonSerializer.Serialize(envelope, options);

        Assert.Single(options.Converters);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(JsonSerializer.Serialize(Document.Claims, ClaimJson.Options), parsed.RootElement.GetProperty("claims").GetRawText());
        Assert.Equal(JsonSerializer.Serialize(Document.Claims[0], ClaimJson.Options), parsed.RootElement.GetProperty("first").GetRawText());
        Assert.Equal(envelope, JsonSerializer.Deserialize<Envelope>(json, options));
        Assert.Throws<InvalidOperationException>(() => ClaimJson.Options.AddClaimModel());
    }

    [Fact]
    public void A_source_generated_context_of_the_callers_own_writes_the_claimmodel_format()
    {
        var claim = Document.Claims.First(c => c.Statements.Count > 1);

        var context = new CallersContext(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        var json = JsonSerializer.Serialize(claim, context.Claim);

        Assert.Equal(JsonSerializer.Serialize(claim, ClaimJson.Options), json);
        Assert.Equal(claim, JsonSerializer.Deserialize(json, CallersContext.Default.Claim));
        Assert.Equal(ClaimJson.Serialize(Document), JsonSerializer.Serialize(Document, context.ClaimDocument));
        Assert.Equal(Document, JsonSerializer.Deserialize(JsonSerializer.Serialize(Document, CallersContext.Default.ClaimDocument), CallersContext.Default.ClaimDocument));
    }

    [Fact]
    public void A_malformed_record_read_by_other_options_is_a_claimjson_exception_with_its_path()
    {
        var error = Assert.Throws<ClaimJsonException>(() => JsonSerializer.Deserialize<Claim>("""{"id":"c","claimant":"a","statements":[{"kind":"oops"}],"reports":[]}""", new JsonSerializerOptions()));

        Assert.Contains("statements[0].kind", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A caller's own type holding ClaimModel records.</summary>
    internal sealed record Envelope
    {
        public int Received { get; init; }

        public ValueList<Claim> Claims { get; init; }

        public Claim? First { get; init; }
    }
}

/// <summary>A caller's own source-generated context: no ClaimModel configuration at all.</summary>
[JsonSourceGenerationOptions]
[JsonSerializable(typeof(ClaimDocument))]
[JsonSerializable(typeof(Claim))]
internal sealed partial class CallersContext : JsonSerializerContext;
