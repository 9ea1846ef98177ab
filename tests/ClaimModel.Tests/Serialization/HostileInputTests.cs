using System.Text;
using ClaimModel.Serialization;
using ClaimModel.Tests.Support;

namespace ClaimModel.Tests.Serialization;

/// <summary>Crafted hostile documents: each ends in a <see cref="ClaimJsonException"/> at the expected path
/// (never another exception, a hang or a crash), or reads correctly where that is right — through the
/// span, stream and async stream entry points alike.</summary>
public sealed class HostileInputTests
{
    private const int FiftyMegabytes = 50 * 1024 * 1024;

    /// <summary>A hostile input: its bytes, and either the path of the expected error or (null) a check of
    /// the correct read.</summary>
    private sealed record Case(Func<byte[]> Input, string? ErrorPath, Action<ClaimDocument>? Check = null);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["empty input"] = Fails("", "$"),
        ["whitespace only"] = Fails(" \n\t ", "$"),
        ["bare array root"] = Fails("[]", "$"),
        ["bare string root"] = Fails("'claims'", "$"),
        ["null root"] = Fails("null", "$"),
        ["truncated after the opening brace"] = Fails("{", "$"),
        ["truncated inside a member name"] = Fails("{'formatVer", "$"),
        ["truncated at a quarter of the sample"] = Truncated(0.25, "$.incidents[0].place.coordinates.latitude"),
        ["truncated at half of the sample"] = Truncated(0.5, "$.claims[1].statement.within.measure"),
        ["truncated at three quarters of the sample"] = Truncated(0.75, "$.claims[3].reports[0].source"),
        ["truncated before the final brace"] = new(() => Canonical()[..^2], "$"),
        ["title is a number"] = Fails("{'formatVersion':1,'title':1}", "$.title"),
        ["actors is an object"] = Fails("{'formatVersion':1,'actors':{'id':'a'}}", "$.actors"),
        ["statement is an array"] = Fails("{'formatVersion':1,'claims':[{'statement':[]}]}", "$.claims[0].statement"),
        ["present is a string"] = Fails("{'formatVersion':1,'claims':[{'statement':{'kind':'presence','present':'false'}}]}", "$.claims[0].statement.present"),
        ["quote start is a float"] = Fails("{'formatVersion':1,'claims':[{'reports':[{'quote':{'start':1.5}}]}]}", "$.claims[0].reports[0].quote.start"),
        ["duplicate root member"] = Fails("{'formatVersion':1,'title':'a','title':'a'}", "$.title"),
        ["duplicate deep member"] = Fails("{'formatVersion':1,'claims':[{'reports':[{'quote':{'exact':'a','exact':'a'}}]}]}", "$.claims[0].reports[0].quote.exact"),
        ["duplicate format version"] = Fails("{'formatVersion':1,'formatVersion':1}", "$.formatVersion"),
        ["10,000-deep arrays as root"] = new(() => Deep("[", "]", 10_000), "$"),
        ["10,000-deep arrays inside a statement"] = new(() => Utf8("{'formatVersion':1,'claims':[{'statement':{'text':" + Deep("[", "]", 10_000, "") + ",'kind':'text'}}]}"), "$.claims[0].statement"),
        ["10,000-deep objects as a title"] = new(() => Utf8("{'formatVersion':1,'title':" + Deep("{'a':", "}", 10_000, "1") + "}"), "$.title"),
        ["10,000-deep arrays in an unknown member"] = new(() => Utf8("{'formatVersion':1,'x':" + Deep("[", "]", 10_000, "") + "}"), "$"),
        ["50 MB string title reads correctly"] = new(
            () => Utf8("{'formatVersion':1,'title':'" + new string('x', FiftyMegabytes) + "'}"),
            null,
            document => Assert.Equal(FiftyMegabytes, document.Title!.Length)),
        ["50 MB member name"] = new(() => Utf8("{'formatVersion':1,'" + new string('x', FiftyMegabytes) + "':1}"), "$"),
        ["50 MB string in a number member"] = new(() => Utf8("{'formatVersion':1,'claims':[{'reports':[{'quote':{'start':'" + new string('9', FiftyMegabytes) + "'}}]}]}"), "$.claims[0].reports[0].quote.start"),
        ["NaN literal"] = Fails("{'formatVersion':1,'incidents':[{'place':{'coordinates':{'latitude':NaN}}}]}", "$.incidents[0].place.coordinates.latitude"),
        ["Infinity literal"] = Fails("{'formatVersion':1,'incidents':[{'place':{'coordinates':{'longitude':Infinity}}}]}", "$.incidents[0].place.coordinates.longitude"),
        ["-Infinity literal"] = Fails("{'formatVersion':1,'incidents':[{'place':{'coordinates':{'longitude':-Infinity}}}]}", "$.incidents[0].place.coordinates.longitude"),
        ["NaN string as a figure value"] = Fails("{'formatVersion':1,'claims':[{'statement':{'kind':'quantity','figure':{'value':'NaN'}}}]}", "$.claims[0].statement.figure.value"),
        ["Infinity string as a latitude"] = Fails("{'formatVersion':1,'incidents':[{'place':{'coordinates':{'latitude':'Infinity'}}}]}", "$.incidents[0].place.coordinates.latitude"),
        ["double overflow 1e400"] = Fails("{'formatVersion':1,'incidents':[{'place':{'coordinates':{'latitude':1e400}}}]}", "$.incidents[0].place.coordinates.latitude"),
        ["decimal overflow"] = Fails("{'formatVersion':1,'claims':[{'statement':{'kind':'quantity','figure':{'value':79228162514264337593543950336}}}]}", "$.claims[0].statement.figure.value"),
        ["decimal overflow by exponent"] = Fails("{'formatVersion':1,'claims':[{'statement':{'kind':'quantity','figure':{'upperValue':1e29}}}]}", "$.claims[0].statement.figure.upperValue"),
        ["int overflow"] = Fails("{'formatVersion':1,'claims':[{'reports':[{'quote':{'end':2147483648}}]}]}", "$.claims[0].reports[0].quote.end"),
        ["10,000-digit number"] = new(() => Utf8("{'formatVersion':1,'claims':[{'reports':[{'quote':{'end':" + new string('9', 10_000) + "}}]}]}"), "$.claims[0].reports[0].quote.end"),
        ["null in an array of records"] = Fails("{'formatVersion':1,'actors':[null]}", "$.actors[0]"),
        ["null in an array of strings"] = Fails("{'formatVersion':1,'denials':[{'deniedClaims':['a',null]}]}", "$.denials[0].deniedClaims[1]"),
        ["invalid UTF-8 in a string"] = new(() => [.. Utf8("{'formatVersion':1,'title':'a"), 0xFF, .. Utf8("'}")], "$.title"),
        ["invalid UTF-8 in a member name"] = new(() => [.. Utf8("{'formatVersion':1,'t"), 0xC3, 0x28, .. Utf8("':1}")], "$"),
        ["overlong UTF-8 encoding"] = new(() => [.. Utf8("{'formatVersion':1,'title':'"), 0xC0, 0xAF, .. Utf8("'}")], "$.title"),
        ["escaped lone surrogate"] = Fails("{'formatVersion':1,'title':'\\uD800'}", "$.title"),
        ["raw control character in a string"] = Fails("{'formatVersion':1,'title':'a\nb'}", "$.title"),
        ["UTF-16 encoded input"] = new(() => Encoding.Unicode.GetBytes("{\"formatVersion\":1}"), "$"),
        ["BOM reads correctly"] = new(() => [0xEF, 0xBB, 0xBF, .. Utf8("{'formatVersion':1,'title':'b'}")], null, document => Assert.Equal("b", document.Title)),
        ["two BOMs"] = new(() => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Utf8("{'formatVersion':1}")], "$"),
        ["format version 2"] = Fails("{'formatVersion':2,'actors':[]}", "$.formatVersion"),
        ["format version huge"] = Fails("{'formatVersion':1e999}", "$.formatVersion"),
        ["format version null"] = Fails("{'formatVersion':null}", "$.formatVersion"),
        ["format version missing"] = Fails("{'actors':[]}", "$"),
        ["statement with unknown kind"] = Fails("{'formatVersion':1,'claims':[{'statement':{'kind':'rumour'}}]}", "$.claims[0].statement.kind"),
        ["statement without kind"] = Fails("{'formatVersion':1,'claims':[{'statement':{}}]}", "$.claims[0].statement"),
        ["statement kind is a number"] = Fails("{'formatVersion':1,'claims':[{'statement':{'kind':3}}]}", "$.claims[0].statement.kind"),
        ["statement kind is null"] = Fails("{'formatVersion':1,'claims':[{'statement':{'kind':null}}]}", "$.claims[0].statement.kind"),
        ["statement kind in wrong case"] = Fails("{'formatVersion':1,'claims':[{'statement':{'kind':'Text'}}]}", "$.claims[0].statement.kind"),
        ["offset-less date"] = Fails("{'formatVersion':1,'incidents':[{'time':{'start':'2016-02-10T00:00:00'}}]}", "$.incidents[0].time.start"),
        ["date with a 65-character text"] = new(() => Utf8("{'formatVersion':1,'incidents':[{'time':{'end':'2016-02-10T00:00:00" + new string('0', 40) + "+02:00'}}]}"), "$.incidents[0].time.end"),
        ["date that does not exist"] = Fails("{'formatVersion':1,'incidents':[{'time':{'start':'2016-02-30T00:00:00+02:00'}}]}", "$.incidents[0].time.start"),
        ["comment"] = Fails("{'formatVersion':1 /* v1 */}", "$"),
        ["line comment"] = Fails("// v1\n{'formatVersion':1}", "$"),
        ["trailing comma in an object"] = Fails("{'formatVersion':1,}", "$"),
        ["trailing comma in an array"] = Fails("{'formatVersion':1,'claims':[],'denials':[{'deniedClaims':['a',]}]}", "$.denials[0].deniedClaims[0]"),
        ["trailing content"] = Fails("{'formatVersion':1}x", "$"),
        ["two documents"] = Fails("{'formatVersion':1}{'formatVersion':1}", "$"),
        ["single-quoted JSON"] = new(() => Encoding.UTF8.GetBytes("{'formatVersion':1}"), "$"),
        ["unknown enum value"] = Fails("{'formatVersion':1,'claims':[{'modality':'certain'}]}", "$.claims[0].modality"),
        ["enum with escapes reads correctly"] = new(
            () => Utf8("{'formatVersion':1,'actors':[{'id':'a','name':'A','kind':'military\\u002Dunit'}]}"),
            null,
            document => Assert.Equal(ActorKind.MilitaryUnit, document.Actors[0].Kind)),
        ["escaped member name reads correctly"] = new(
            () => Utf8("{'\\u0066ormatVersion':1,'t\\u0069tle':'\\u00e9\\ud83d\\ude00'}"),
            null,
            document => Assert.Equal("é😀", document.Title)),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Hostile_input_ends_in_ClaimJsonException_or_a_correct_read(string name)
    {
        var hostile = Cases[name];
        var input = hostile.Input();
        foreach (var read in Readers())
        {
            if (hostile.ErrorPath is null)
            {
                hostile.Check!(read(input));
                continue;
            }

            var error = Assert.Throws<ClaimJsonException>(() => read(input));
            Assert.Equal(hostile.ErrorPath, error.Path);
            Assert.NotNull(error.LineNumber);
            Assert.NotNull(error.BytePositionInLine);
            Assert.InRange(error.Message.Length, 1, 999);
        }
    }

    [Fact]
    public void There_are_at_least_22_hostile_cases() => Assert.True(Cases.Count >= 22);

    [Fact]
    public void Text_with_a_lone_surrogate_is_a_ClaimJsonException() =>
        Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize("{\"formatVersion\":1,\"title\":\"\uD800\"}"));

    private static IEnumerable<Func<byte[], ClaimDocument>> Readers()
    {
        yield return bytes => ClaimJson.Deserialize(bytes.AsSpan());
        yield return bytes => ClaimJson.Deserialize(new MemoryStream(bytes));
        yield return bytes => ClaimJson.DeserializeAsync(bytes.Length < 100_000 ? new OneByteAtATimeStream(bytes) : new MemoryStream(bytes))
            .AsTask().GetAwaiter().GetResult();
    }

    private static Case Fails(string singleQuotedJson, string path) => new(() => Utf8(singleQuotedJson), path);

    /// <summary>The canonical sample cut at <paramref name="fraction"/> of its length; the expected path is
    /// where that cut lands in the sample (pinned, so a change in path tracking shows).</summary>
    private static Case Truncated(double fraction, string path) =>
        new(() => Canonical()[..(int)(Canonical().Length * fraction)], path);

    private static byte[] Canonical() => ClaimJson.SerializeToUtf8Bytes(SampleDocuments.Representative(), indented: true);

    private static byte[] Utf8(string singleQuotedJson) => Encoding.UTF8.GetBytes(TestJson.Q(singleQuotedJson));

    private static string Deep(string open, string close, int depth, string inner = "") =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    private static byte[] Deep(string open, string close, int depth) => Encoding.UTF8.GetBytes(Deep(open, close, depth, ""));

    /// <summary>A stream that hands out one byte per read, to exercise buffer growth across reads.</summary>
    private sealed class OneByteAtATimeStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1)], cancellationToken);
    }
}
