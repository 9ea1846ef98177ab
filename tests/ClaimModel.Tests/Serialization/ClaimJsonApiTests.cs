using System.Text;
using System.Text.Json;
using ClaimModel.Serialization;
using ClaimModel.Tests.Support;
using static ClaimModel.Tests.Support.TestJson;

namespace ClaimModel.Tests.Serialization;

/// <summary>The entry points of <see cref="ClaimJson"/>: every overload gives the same bytes, null arguments,
/// write errors with paths, and <see cref="ClaimJson.Options"/> for <see cref="JsonSerializer"/> users.</summary>
public sealed class ClaimJsonApiTests
{
    [Fact]
    public async Task Every_write_overload_gives_the_same_utf8_bytes()
    {
        var document = SampleDocuments.Representative();
        foreach (var indented in new[] { false, true })
        {
            var bytes = ClaimJson.SerializeToUtf8Bytes(document, indented);
            using var stream = new MemoryStream();
            ClaimJson.Serialize(stream, document, indented);
            using var asyncStream = new MemoryStream();
            await ClaimJson.SerializeAsync(asyncStream, document, indented);

            Assert.Equal(bytes, Encoding.UTF8.GetBytes(ClaimJson.Serialize(document, indented)));
            Assert.Equal(bytes, stream.ToArray());
            Assert.Equal(bytes, asyncStream.ToArray());
        }
    }

    [Fact]
    public async Task Every_read_overload_gives_the_same_document()
    {
        var document = SampleDocuments.Representative();
        var bytes = ClaimJson.SerializeToUtf8Bytes(document);

        Assert.Equal(document, ClaimJson.Deserialize(Encoding.UTF8.GetString(bytes)));
        Assert.Equal(document, ClaimJson.Deserialize(bytes.AsSpan()));
        Assert.Equal(document, ClaimJson.Deserialize(new MemoryStream(bytes)));
        Assert.Equal(document, await ClaimJson.DeserializeAsync(new MemoryStream(bytes)));
    }

    [Fact]
    public void Stream_larger_than_the_first_buffer_is_read_whole()
    {
        var document = new ClaimDocument { Title = new string('é', 100_000) };

        Assert.Equal(document, ClaimJson.Deserialize(new MemoryStream(ClaimJson.SerializeToUtf8Bytes(document))));
    }

    [Fact]
    public async Task Cancelled_async_read_throws_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ClaimJson.DeserializeAsync(new MemoryStream([1]), cancelled.Token).AsTask());
    }

    [Fact]
    public async Task Null_arguments_throw_ArgumentNullException()
    {
        var document = new ClaimDocument();
        Assert.Throws<ArgumentNullException>(() => ClaimJson.Serialize(null!));
        Assert.Throws<ArgumentNullException>(() => ClaimJson.SerializeToUtf8Bytes(null!));
        Assert.Throws<ArgumentNullException>(() => ClaimJson.Serialize(null!, document));
        Assert.Throws<ArgumentNullException>(() => ClaimJson.Serialize(new MemoryStream(), null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => ClaimJson.SerializeAsync(null!, document));
        await Assert.ThrowsAsync<ArgumentNullException>(() => ClaimJson.SerializeAsync(new MemoryStream(), null!));
        Assert.Throws<ArgumentNullException>(() => ClaimJson.Deserialize((string)null!));
        Assert.Throws<ArgumentNullException>(() => ClaimJson.Deserialize((Stream)null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => ClaimJson.DeserializeAsync(null!).AsTask());
    }

    [Fact]
    public void Undefined_enum_value_on_write_is_an_error_naming_the_path()
    {
        var document = new ClaimDocument { Claims = [new Claim { Id = "c", Claimant = "a", Statements = [new ResponsibilityStatement { Actors = ["x"], Targets = [new Target { Kind = (TargetKind)42 }] }], Reports = [] }] };

        var error = Assert.Throws<ClaimJsonException>(() => ClaimJson.Serialize(document));

        Assert.Equal("$.claims[0].statements[0].targets[0].kind", error.Path);
        Assert.StartsWith("Cannot write 42 as the 'kind' of a target: it is not a defined TargetKind (one of: hospital, school,", error.Message);
    }

    [Fact]
    public void Null_required_member_on_write_is_an_error_naming_the_path()
    {
        var document = new ClaimDocument { Denials = [new Denial { Id = "d", Claimant = "a", Reports = [new Report { Source = "s", Quote = new Quote { Exact = null! } }] }] };

        var error = Assert.Throws<ClaimJsonException>(() => ClaimJson.Serialize(document));

        Assert.Equal("$.denials[0].reports[0].quote.exact", error.Path);
        Assert.Contains("Cannot write a quote: its required member 'exact' is null.", error.Message);
    }

    [Fact]
    public void Null_list_element_on_write_is_an_error_naming_the_path()
    {
        var error = Assert.Throws<ClaimJsonException>(() => ClaimJson.Serialize(new ClaimDocument { Actors = [new Actor { Id = "a", Name = "A", Kind = ActorKind.State, Aliases = ["x", null!] }] }));

        Assert.Equal("$.actors[0].aliases[1]", error.Path);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_coordinate_on_write_is_an_error(double latitude)
    {
        var document = new ClaimDocument { Incidents = [new Incident { Id = "i", Kind = IncidentKind.Other, Title = "t", Place = new Place { Name = "p", Precision = PlacePrecision.Site, Coordinates = new GeoPoint { Latitude = latitude, Longitude = 0 } } }] };

        var error = Assert.Throws<ClaimJsonException>(() => ClaimJson.SerializeToUtf8Bytes(document));

        Assert.Equal("$.incidents[0].place.coordinates.latitude", error.Path);
        Assert.Contains("JSON numbers must be finite", error.Message);
    }

    [Fact]
    public void Lone_surrogate_on_write_is_an_error_not_a_silent_replacement()
    {
        var error = Assert.Throws<ClaimJsonException>(() => ClaimJson.Serialize(new ClaimDocument { Title = "a\uD800b" }));

        Assert.Equal("$.title", error.Path);
        Assert.Contains("lone surrogate (U+D800 at index 1)", error.Message);
    }

    [Fact]
    public void Failed_write_to_a_stream_writes_nothing()
    {
        using var stream = new MemoryStream();

        Assert.Throws<ClaimJsonException>(() => ClaimJson.Serialize(stream, new ClaimDocument { Title = "\uDC00" }));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Write_after_a_failed_write_and_after_a_larger_write_is_exact()
    {
        var small = new ClaimDocument { Title = "t" };
        Assert.Throws<ClaimJsonException>(() => ClaimJson.Serialize(new ClaimDocument { Actors = [new Actor { Id = null!, Name = "A", Kind = ActorKind.State }] }));
        ClaimJson.SerializeToUtf8Bytes(SampleDocuments.Representative(), indented: true);

        Assert.Equal(Q("{'formatVersion':2,'title':'t'}"), ClaimJson.Serialize(small));
        Assert.Equal(Q("{'formatVersion':2,'title':'t'}"), Encoding.UTF8.GetString(ClaimJson.SerializeToUtf8Bytes(small)));
    }

    [Fact]
    public void Options_are_read_only_and_reused()
    {
        Assert.True(ClaimJson.Options.IsReadOnly);
        Assert.Same(ClaimJson.Options, ClaimJson.Options);
        Assert.Equal(ClaimJson.MaxDepth, ClaimJson.Options.MaxDepth);
        Assert.Throws<InvalidOperationException>(() => ClaimJson.Options.Converters.Clear());
    }

    [Theory]
    [InlineData(typeof(ClaimDocument))]
    [InlineData(typeof(Actor))]
    [InlineData(typeof(Affiliation))]
    [InlineData(typeof(IdentityLink))]
    [InlineData(typeof(Source))]
    [InlineData(typeof(Incident))]
    [InlineData(typeof(Place))]
    [InlineData(typeof(GeoPoint))]
    [InlineData(typeof(Target))]
    [InlineData(typeof(TimeSpec))]
    [InlineData(typeof(RelativeDay))]
    [InlineData(typeof(Figure))]
    [InlineData(typeof(Statement))]
    [InlineData(typeof(ResponsibilityStatement))]
    [InlineData(typeof(PresenceStatement))]
    [InlineData(typeof(QuantityStatement))]
    [InlineData(typeof(TargetStatement))]
    [InlineData(typeof(OccurrenceStatement))]
    [InlineData(typeof(TextStatement))]
    [InlineData(typeof(Claim))]
    [InlineData(typeof(Denial))]
    [InlineData(typeof(Report))]
    [InlineData(typeof(Quote))]
    [InlineData(typeof(Amendment))]
    [InlineData(typeof(ValueList<Amendment>))]
    [InlineData(typeof(ValueList<IdentityLink>))]
    [InlineData(typeof(ValueList<int>))]
    [InlineData(typeof(ValueList<string>))]
    [InlineData(typeof(ValueList<Claim>))]
    [InlineData(typeof(ValueList<Statement>))]
    public void Options_resolve_every_type_without_reflection(Type type)
    {
        var info = ClaimJson.Options.TypeInfoResolver!.GetTypeInfo(type, ClaimJson.Options);

        Assert.NotNull(info);
        Assert.Equal(type, info.Type);
        Assert.Contains(ClaimJson.Options.Converters, converter => converter.Type == type);
    }

    [Fact]
    public void Options_resolve_every_record_of_the_model_and_every_list_type_its_members_have()
    {
        var records = typeof(ClaimDocument).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == nameof(ClaimModel) && t.IsClass && t.GetMethod("<Clone>$") is not null)
            .ToArray();
        var lists = records.SelectMany(t => t.GetProperties()).Select(p => p.PropertyType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ValueList<>))
            .Distinct();

        Assert.Contains(typeof(Amendment), records);
        Assert.All(records.Concat(lists), type => Assert.NotNull(ClaimJson.Options.TypeInfoResolver!.GetTypeInfo(type, ClaimJson.Options)));
    }

    [Fact]
    public void Options_resolver_leaves_other_types_to_other_resolvers() =>
        Assert.Null(ClaimJson.Options.TypeInfoResolver!.GetTypeInfo(typeof(Uri), ClaimJson.Options));

    [Fact]
    public void Serializer_with_options_writes_what_ClaimJson_writes()
    {
        var document = SampleDocuments.Representative();

        Assert.Equal(ClaimJson.Serialize(document), JsonSerializer.Serialize(document, Info<ClaimDocument>()));
        Assert.Equal(document, JsonSerializer.Deserialize(ClaimJson.Serialize(document), Info<ClaimDocument>()));
    }

    [Fact]
    public void Serializer_overloads_taking_the_options_resolve_through_our_resolver()
    {
        var claim = SampleDocuments.Representative().Claims[0];

        var json = JsonSerializer.Serialize(claim, ClaimJson.Options);

        Assert.Equal(Write(claim), json);
        Assert.Equal(claim, JsonSerializer.Deserialize<Claim>(json, ClaimJson.Options));
    }

    [Fact]
    public void Concurrent_reads_and_writes_do_not_interfere()
    {
        var documents = Enumerable.Range(0, 64).Select(seed => SampleDocuments.Representative() with { Title = "doc " + seed }).ToArray();

        Parallel.ForEach(documents, document =>
        {
            for (var i = 0; i < 20; i++)
            {
                var indented = i % 2 == 0;
                Assert.Equal(document, ClaimJson.Deserialize(ClaimJson.SerializeToUtf8Bytes(document, indented)));
            }
        });
    }

    [Fact]
    public void Serializer_with_options_reads_strictly_too()
    {
        var error = Assert.Throws<ClaimJsonException>(() => JsonSerializer.Deserialize(Q("{'formatVersion':1,'claims':[{'id':'c','extra':1}]}"), Info<ClaimDocument>()));

        Assert.Equal("$.claims[0]", error.Path);
    }

    [Fact]
    public void Records_embed_inside_a_consumer_object()
    {
        var claim = SampleDocuments.Representative().Claims[1];
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("envelope", "v2");
            writer.WritePropertyName("claim");
            JsonSerializer.Serialize(writer, claim, Info<Claim>());
            writer.WriteEndObject();
        }

        using var parsed = JsonDocument.Parse(buffer.ToArray());
        Assert.Equal(claim, parsed.RootElement.GetProperty("claim").Deserialize(Info<Claim>()));
    }
}
