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
        ["truncated at a quarter of the sample"] = Truncated(0.25, "$.claims[0].claimant"),
        ["truncated at half of the sample"] = Truncated(0.5, "$.claims[2].statements[0].figure"),
        ["truncated at three quarters of the sample"] = Truncated(0.75, "$.claims[6]"),
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
        ["format version 3"] = Fails("{'formatVersion':3,'actors':[]}", "$.formatVersion"),
        ["format version 2.0"] = Fails("{'formatVersion':2.0}", "$.formatVersion"),
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

    /// <summary>Hostile inputs for the members format version 2 added, and for the line between the versions.</summary>
    private static readonly Dictionary<string, Case> Version2Cases = new()
    {
        ["v1 statement in a v2 claim"] = Fails("{'formatVersion':2,'claims':[{'statement':{'kind':'text','text':'t'}}]}", "$.claims[0]"),
        ["v2 statements in a v1 claim"] = Fails("{'formatVersion':1,'claims':[{'statements':[{'kind':'text','text':'t'}]}]}", "$.claims[0]"),
        ["v1 actor in a v2 statement"] = Fails("{'formatVersion':2,'claims':[{'statements':[{'kind':'presence','actor':'usa'}]}]}", "$.claims[0].statements[0]"),
        ["v2 actors in a v1 statement"] = Fails("{'formatVersion':1,'claims':[{'statement':{'kind':'responsibility','actors':['usa']}}]}", "$.claims[0].statement"),
        ["amendments in a v1 document"] = Fails("{'formatVersion':1,'amendments':[]}", "$"),
        ["v2 member before formatVersion 1"] = Fails("{'amendments':[{'amends':'c'}],'formatVersion':1}", "$"),
        ["v2 member before formatVersion 2 reads correctly"] = new(
            () => Utf8("{'amendments':[{'amends':'c'}],'formatVersion':2}"),
            null,
            document => Assert.Equal("c", document.Amendments.Single().Amends)),
        ["missing formatVersion with v1 members"] = Fails("{'claims':[{'statement':{'kind':'text','text':'t'}}]}", "$"),
        ["hedged modality in a v1 document"] = Fails("{'formatVersion':1,'claims':[{'modality':'hedged'}]}", "$.claims[0].modality"),
        ["nearly qualifier in a v1 document"] = Fails("{'formatVersion':1,'claims':[{'statement':{'kind':'quantity','figure':{'qualifier':'nearly'}}}]}", "$.claims[0].statement.figure.qualifier"),
        ["unnamed-group kind in a v1 document"] = Fails("{'formatVersion':1,'actors':[{'kind':'unnamed-group'}]}", "$.actors[0].kind"),
        ["v1 actor without a name"] = Fails("{'formatVersion':1,'actors':[{'id':'a','description':'d','kind':'person'}]}", "$.actors[0]"),
        ["v2 actor without name or description reads correctly"] = new(
            () => Utf8("{'formatVersion':2,'actors':[{'id':'a','kind':'unnamed-group'}]}"),
            null,
            document => Assert.Equal(new Actor { Id = "a", Kind = ActorKind.UnnamedGroup }, document.Actors.Single())),
        ["statements is an object"] = Fails("{'formatVersion':2,'claims':[{'statements':{'kind':'text','text':'t'}}]}", "$.claims[0].statements"),
        ["null in statements"] = Fails("{'formatVersion':2,'claims':[{'statements':[{'kind':'text','text':'t'},null]}]}", "$.claims[0].statements[1]"),
        ["statement without kind in statements"] = Fails("{'formatVersion':2,'claims':[{'statements':[{'text':'t'}]}]}", "$.claims[0].statements[0]"),
        ["statements null where required"] = Fails("{'formatVersion':2,'claims':[{'id':'c','claimant':'a','statements':null,'reports':[]}]}", "$.claims[0].statements"),
        ["duplicate statements"] = Fails("{'formatVersion':2,'claims':[{'statements':[],'statements':[]}]}", "$.claims[0].statements"),
        ["actors is a string"] = Fails("{'formatVersion':2,'claims':[{'statements':[{'kind':'responsibility','actors':'usa'}]}]}", "$.claims[0].statements[0].actors"),
        ["null in actors"] = Fails("{'formatVersion':2,'claims':[{'statements':[{'kind':'responsibility','actors':['usa',null]}]}]}", "$.claims[0].statements[0].actors[1]"),
        ["number in actors"] = Fails("{'formatVersion':2,'claims':[{'statements':[{'kind':'presence','actors':[1]}]}]}", "$.claims[0].statements[0].actors[0]"),
        ["duplicate actors"] = Fails("{'formatVersion':2,'claims':[{'statements':[{'kind':'responsibility','actors':['a'],'actors':['b']}]}]}", "$.claims[0].statements[0].actors"),
        ["combination unknown"] = Fails("{'formatVersion':2,'claims':[{'statements':[{'kind':'responsibility','combination':'both'}]}]}", "$.claims[0].statements[0].combination"),
        ["combination on a quantity statement"] = Fails("{'formatVersion':2,'claims':[{'statements':[{'kind':'quantity','combination':'jointly'}]}]}", "$.claims[0].statements[0]"),
        ["intent is a boolean"] = Fails("{'formatVersion':2,'claims':[{'statements':[{'kind':'responsibility','intent':true}]}]}", "$.claims[0].statements[0].intent"),
        ["scope in the wrong case"] = Fails("{'formatVersion':2,'claims':[{'statements':[{'kind':'target','scope':'Only'}]}]}", "$.claims[0].statements[0].scope"),
        ["statement modality is a number"] = Fails("{'formatVersion':2,'claims':[{'statements':[{'kind':'text','modality':1}]}]}", "$.claims[0].statements[0].modality"),
        ["cumulative is a string"] = Fails("{'formatVersion':2,'claims':[{'statements':[{'kind':'quantity','figure':{'cumulative':'true'}}]}]}", "$.claims[0].statements[0].figure.cumulative"),
        ["asOf is a string"] = Fails("{'formatVersion':2,'claims':[{'statements':[{'kind':'quantity','figure':{'asOf':'Thursday'}}]}]}", "$.claims[0].statements[0].figure.asOf"),
        ["asOf without an offset"] = Fails("{'formatVersion':2,'claims':[{'statements':[{'kind':'quantity','figure':{'asOf':{'start':'2016-02-11T00:00:00'}}}]}]}", "$.claims[0].statements[0].figure.asOf.start"),
        ["report statement position is a float"] = Fails("{'formatVersion':2,'claims':[{'reports':[{'statements':[0,1.5]}]}]}", "$.claims[0].reports[0].statements[1]"),
        ["report statement position overflows"] = Fails("{'formatVersion':2,'claims':[{'reports':[{'statements':[2147483648]}]}]}", "$.claims[0].reports[0].statements[0]"),
        ["report statement position is an array"] = Fails("{'formatVersion':2,'claims':[{'reports':[{'statements':[[0]]}]}]}", "$.claims[0].reports[0].statements[0]"),
        ["report statement position is a string"] = Fails("{'formatVersion':2,'claims':[{'reports':[{'statements':['#0']}]}]}", "$.claims[0].reports[0].statements[0]"),
        ["sameAs is an object"] = Fails("{'formatVersion':2,'actors':[{'sameAs':{'actor':'a'}}]}", "$.actors[0].sameAs"),
        ["identity link without certainty"] = Fails("{'formatVersion':2,'actors':[{'sameAs':[{'actor':'a'}]}]}", "$.actors[0].sameAs[0]"),
        ["identity certainty unknown"] = Fails("{'formatVersion':2,'actors':[{'sameAs':[{'actor':'a','certainty':'certain'}]}]}", "$.actors[0].sameAs[0].certainty"),
        ["null identity link"] = Fails("{'formatVersion':2,'actors':[{'sameAs':[null]}]}", "$.actors[0].sameAs[0]"),
        ["denies unknown"] = Fails("{'formatVersion':2,'denials':[{'denies':'statement'}]}", "$.denials[0].denies"),
        ["characterization is a number"] = Fails("{'formatVersion':2,'denials':[{'characterization':0}]}", "$.denials[0].characterization"),
        ["null characterization reads as unstated"] = new(
            () => Utf8("{'formatVersion':2,'denials':[{'id':'d','claimant':'a','characterization':null,'denies':null,'reports':[]}]}"),
            null,
            document => Assert.Equal(new Denial { Id = "d", Claimant = "a", Reports = [] }, document.Denials.Single())),
        ["denial place is an array"] = Fails("{'formatVersion':2,'denials':[{'place':[]}]}", "$.denials[0].place"),
        ["denial time of a v1 document"] = Fails("{'formatVersion':1,'denials':[{'time':{'precision':'day'}}]}", "$.denials[0]"),
        ["amendment without amends"] = Fails("{'formatVersion':2,'amendments':[{'aliases':['a']}]}", "$.amendments[0]"),
        ["amendment with a claim's member"] = Fails("{'formatVersion':2,'amendments':[{'amends':'c','statements':[]}]}", "$.amendments[0]"),
        ["amendment reports hold an array"] = Fails("{'formatVersion':2,'amendments':[{'reports':[[]]}]}", "$.amendments[0].reports[0]"),
        ["10,000-deep arrays in an amendment"] = new(() => Utf8("{'formatVersion':2,'amendments':[{'amends':" + Deep("[", "]", 10_000, "") + "}]}"), "$.amendments[0].amends"),
        ["statement reference with a huge position reads as text"] = new(
            () => Utf8("{'formatVersion':2,'denials':[{'id':'d','claimant':'a','deniedClaims':['c#99999999999999'],'reports':[]}]}"),
            null,
            document => Assert.Equal("c#99999999999999", document.Denials.Single().DeniedClaims.Single())),
        ["10,000 statements read correctly"] = new(
            () => Utf8("{'formatVersion':2,'claims':[{'id':'c','claimant':'a','statements':[" + string.Join(",", Enumerable.Repeat("{'kind':'text','text':'t'}", 10_000)) + "],'reports':[]}]}"),
            null,
            document => Assert.Equal(10_000, document.Claims.Single().Statements.Count)),
    };

    private static readonly Dictionary<string, Case> AllCases = Cases.Concat(Version2Cases).ToDictionary();

    public static TheoryData<string> Names => [.. AllCases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Hostile_input_ends_in_ClaimJsonException_or_a_correct_read(string name)
    {
        var hostile = AllCases[name];
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
    public void There_are_at_least_22_hostile_cases_and_20_for_format_version_2() =>
        Assert.True(Cases.Count >= 22 && Version2Cases.Count >= 20, $"{Cases.Count} cases, {Version2Cases.Count} for format version 2");

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
