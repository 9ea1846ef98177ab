using ClaimModel.Serialization;
using static ClaimModel.Tests.Support.TestJson;

namespace ClaimModel.Tests.Serialization;

/// <summary>Each class of strict-reading error: the exception type, the JSON path, the zero-based line and
/// byte position of the offending token, and a message that says what to do.</summary>
public sealed class StrictReadingTests
{
    [Fact]
    public void Unknown_member_names_the_record_and_the_expected_members()
    {
        var error = Fails("{\n  'formatVersion': 1,\n  'foo': 2\n}");

        AssertAt(error, "$", line: 2, position: 2);
        Assert.StartsWith("Unknown member 'foo' in a claim document; expected one of: formatVersion, title, actors, sources, incidents, claims, denials.", error.Message);
        Assert.EndsWith("Path: $ | LineNumber: 2 | BytePositionInLine: 2.", error.Message);
    }

    [Fact]
    public void Unknown_member_deep_in_a_claim_names_the_claim_path()
    {
        var error = Fails("{'formatVersion':1,'claims':[{'id':'c','claimant':'a','statement':{'kind':'text','text':'t'},'reports':[{'source':'s','quote':{'exact':'q','foo':1}}]}]}");

        AssertAt(error, "$.claims[0].reports[0].quote", line: 0, position: 139);
        Assert.Contains("Unknown member 'foo' in a quote; expected one of: exact, prefix, suffix, start, end.", error.Message);
    }

    [Fact]
    public void Member_names_are_case_sensitive()
    {
        var error = Fails("{'formatVersion':1,'Title':'x'}");

        AssertAt(error, "$", line: 0, position: 19);
        Assert.Contains("Unknown member 'Title'", error.Message);
    }

    [Fact]
    public void Duplicate_member_is_an_error_at_the_second_occurrence()
    {
        var error = Fails("{'formatVersion':1,\n'title':'a',\n'title':'b'}");

        AssertAt(error, "$.title", line: 2, position: 0);
        Assert.Contains("Duplicate member 'title' in a claim document; give each member once.", error.Message);
    }

    [Fact]
    public void Duplicate_statement_kind_is_an_error()
    {
        var error = Fails("{'formatVersion':1,'claims':[{'statement':{'kind':'text','kind':'text'}}]}");

        AssertAt(error, "$.claims[0].statement.kind", line: 0, position: 57);
        Assert.Contains("Duplicate member 'kind' in a text statement", error.Message);
    }

    [Fact]
    public void Wrong_token_type_names_expected_and_found()
    {
        var error = Fails("{'formatVersion':1,'title':5}");

        AssertAt(error, "$.title", line: 0, position: 27);
        Assert.Contains("Expected a string, found a number.", error.Message);
    }

    [Fact]
    public void Object_where_an_array_is_expected_is_an_error()
    {
        var error = Fails("{'formatVersion':1,'actors':{}}");

        AssertAt(error, "$.actors", line: 0, position: 28);
        Assert.Contains("Expected an array, found an object.", error.Message);
    }

    [Fact]
    public void Enum_given_as_a_number_lists_the_names()
    {
        var error = Fails("{'formatVersion':1,'actors':[{'id':'a','name':'A','kind':3}]}");

        AssertAt(error, "$.actors[0].kind", line: 0, position: 57);
        Assert.Contains("Expected a string (one of: state, government, ministry, military-unit, coalition, armed-group, ngo, international-organization, media, person, political-body, unnamed-group), found a number.", error.Message);
    }

    [Fact]
    public void Unknown_enum_name_lists_the_names()
    {
        var error = Fails("{'formatVersion':1,'actors':[{'id':'a','name':'A','kind':'State'}]}");

        AssertAt(error, "$.actors[0].kind", line: 0, position: 57);
        Assert.Contains("'State' is not a valid ActorKind; expected one of: state, government,", error.Message);
    }

    [Fact]
    public void Missing_required_member_is_reported_at_the_end_of_its_object()
    {
        var error = Fails("{'formatVersion':1,'claims':[{'id':'c','claimant':'a','reports':[]}]}");

        AssertAt(error, "$.claims[0]", line: 0, position: 66);
        Assert.Contains("Missing required member 'statement' in a claim; add it.", error.Message);
    }

    [Fact]
    public void Several_missing_required_members_are_all_named()
    {
        var error = Fails("{'formatVersion':1,'actors':[{}]}");

        AssertAt(error, "$.actors[0]", line: 0, position: 30);
        Assert.Contains("Missing required member 'id', 'name', 'kind' in an actor", error.Message);
    }

    [Fact]
    public void Missing_format_version_is_an_error()
    {
        var error = Fails("{'title':'x'}");

        AssertAt(error, "$", line: 0, position: 12);
        Assert.Contains("Missing required member 'formatVersion' in a claim document", error.Message);
    }

    [Fact]
    public void Required_member_given_as_null_is_an_error()
    {
        var error = Fails("{'formatVersion':1,'actors':[{'id':null,'name':'A','kind':'state'}]}");

        AssertAt(error, "$.actors[0].id", line: 0, position: 35);
        Assert.Contains("Member 'id' of an actor is required and must not be null.", error.Message);
    }

    [Fact]
    public void Optional_member_given_as_null_reads_as_absent() => Assert.Equal(
        new ClaimDocument { Actors = [new Actor { Id = "a", Name = "A", Kind = ActorKind.State }] },
        ClaimJson.Deserialize(Q("{'formatVersion':1,'title':null,'actors':[{'id':'a','name':'A','kind':'state','aliases':null}],'claims':null}")));

    [Fact]
    public void Null_array_element_is_an_error_at_its_index()
    {
        var error = Fails("{'formatVersion':1,'actors':[{'id':'a','name':'A','kind':'state','aliases':['x',null]}]}");

        AssertAt(error, "$.actors[0].aliases[1]", line: 0, position: 80);
        Assert.Contains("Array elements must not be null", error.Message);
    }

    [Fact]
    public void NaN_literal_is_malformed_json()
    {
        var error = Fails("{'formatVersion':1,'incidents':[{'id':'i','kind':'other','title':'t','place':{'name':'p','precision':'city','coordinates':{'latitude':NaN,'longitude':0}}}]}");

        Assert.Equal("$.incidents[0].place.coordinates.latitude", error.Path);
        Assert.Equal(0, error.LineNumber);
        Assert.Contains("Malformed JSON: 'N' is an invalid start of a value.", error.Message);
    }

    [Fact]
    public void NaN_as_a_string_is_not_a_number()
    {
        var error = Fails("{'formatVersion':1,'claims':[{'statement':{'kind':'quantity','figure':{'value':'NaN'}}}]}");

        AssertAt(error, "$.claims[0].statement.figure.value", line: 0, position: 79);
        Assert.Contains("Expected a number, found a string.", error.Message);
    }

    [Fact]
    public void Overflowing_double_is_not_finite()
    {
        var error = Fails("{'formatVersion':1,'incidents':[{'place':{'coordinates':{'latitude':1e400}}}]}");

        AssertAt(error, "$.incidents[0].place.coordinates.latitude", line: 0, position: 68);
        Assert.Contains("The number 1e400 is not a finite double.", error.Message);
    }

    [Fact]
    public void Comment_is_malformed_json()
    {
        var error = Fails("{'formatVersion':1, // v1\n'title':'t'}");

        Assert.Equal("$", error.Path);
        Assert.Equal(0, error.LineNumber);
        Assert.Contains("Malformed JSON", error.Message);
    }

    [Fact]
    public void Trailing_comma_is_malformed_json()
    {
        var error = Fails("{'formatVersion':1,'actors':[{'id':'a','name':'A','kind':'state'},]}");

        Assert.Equal("$.actors[0]", error.Path);
        Assert.Contains("trailing comma", error.Message);
    }

    [Fact]
    public void Nesting_deeper_than_64_is_an_error()
    {
        var deep = new string('[', 65) + new string(']', 65);
        var error = Fails("{'formatVersion':1,'claims':[{'statement':{'text':" + deep + ",'kind':'text'}}]}");

        Assert.Equal("$.claims[0].statement", error.Path);
        Assert.StartsWith("Nesting depth 65 exceeds MaxDepth 64;", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_content_after_the_root_is_an_error()
    {
        var error = Fails("{'formatVersion':1}\n{'formatVersion':1}");

        Assert.Equal("$", error.Path);
        Assert.Equal(1, error.LineNumber);
        Assert.Contains("invalid after a single JSON value", error.Message);
    }

    [Fact]
    public void Trailing_whitespace_after_the_root_is_fine() =>
        Assert.Equal(new ClaimDocument(), ClaimJson.Deserialize(Q("{'formatVersion':1}\n\n  \t")));

    [Theory]
    [InlineData("3", "(3)")]
    [InlineData("0", "(0)")]
    [InlineData("-1", "(-1)")]
    [InlineData("4294967297", "(4294967297)")]
    [InlineData("'1'", "(a value that is not an integer)")]
    [InlineData("'2'", "(a value that is not an integer)")]
    [InlineData("2.0", "(a value that is not an integer)")]
    [InlineData("1.5", "(a value that is not an integer)")]
    [InlineData("2e0", "(a value that is not an integer)")]
    [InlineData("true", "(a value that is not an integer)")]
    [InlineData("[2]", "(a value that is not an integer)")]
    public void Other_format_version_says_which_versions_are_supported(string version, string found)
    {
        // The version is checked before the members, so a future document's new members do not mask it.
        var error = Fails("{'newMember':true,'formatVersion':" + version + "}");

        AssertAt(error, "$.formatVersion", line: 0, position: 34);
        Assert.Contains($"Unsupported formatVersion {found}; this library reads formatVersion 1 and 2 and writes 2.", error.Message);
    }

    [Fact]
    public void Statement_without_kind_lists_the_kinds()
    {
        var error = Fails("{'formatVersion':1,'claims':[{'statement':{'text':'t'}}]}");

        AssertAt(error, "$.claims[0].statement", line: 0, position: 42);
        Assert.Contains("A statement needs a 'kind' member; add one of: responsibility, presence, quantity, target, occurrence, text.", error.Message);
    }

    [Fact]
    public void Statement_kind_of_the_wrong_type_is_an_error()
    {
        var error = Fails("{'formatVersion':1,'claims':[{'statement':{'text':'t','kind':1}}]}");

        AssertAt(error, "$.claims[0].statement.kind", line: 0, position: 61);
        Assert.Contains("Expected a string (one of: responsibility, presence, quantity, target, occurrence, text), found a number.", error.Message);
    }

    [Fact]
    public void Member_of_another_statement_kind_is_unknown()
    {
        var error = Fails("{'formatVersion':1,'claims':[{'statement':{'kind':'text','actor':'usa'}}]}");

        AssertAt(error, "$.claims[0].statement", line: 0, position: 57);
        Assert.Contains("Unknown member 'actor' in a text statement; expected one of: kind, text.", error.Message);
    }

    [Fact]
    public void Derived_statement_read_directly_must_have_its_own_kind()
    {
        var error = Assert.Throws<ClaimJsonException>(() => Read<TextStatement>(Q("{'kind':'presence','text':'t'}")));

        Assert.Equal("$.kind", error.Path);
        Assert.Equal(8, error.ByteOffset);
        Assert.Contains("Expected a statement of kind 'text' here.", error.Message);
    }

    [Theory]
    [InlineData("2016-02-10T13:55:00")]
    [InlineData("2016-02-10")]
    [InlineData("2016-02-10T13:55:00+0300")]
    [InlineData("Wednesday")]
    [InlineData("")]
    public void Date_time_without_an_offset_is_an_error(string text)
    {
        var error = Fails("{'formatVersion':1,'sources':[{'published':{'start':'" + text + "'}}]}");

        AssertAt(error, "$.sources[0].published.start", line: 0, position: 52);
        Assert.Contains($"'{text}' is not an ISO 8601 date-time with a UTC offset", error.Message);
    }

    [Fact]
    public void Reason_is_the_message_without_the_location()
    {
        var error = Fails("{'formatVersion':1,'title':5}");

        Assert.Equal("Expected a string, found a number.", error.Reason);
        Assert.Null(error.ByteOffset);
    }

    [Fact]
    public void Converter_errors_through_the_serializer_give_a_byte_offset()
    {
        var error = Assert.Throws<ClaimJsonException>(() => Read<Actor>(Q("{'id':'a','nme':'A'}")));

        Assert.Equal("$", error.Path);
        Assert.Null(error.LineNumber);
        Assert.Equal(10, error.ByteOffset);
        Assert.EndsWith("Path: $ | ByteOffset: 10.", error.Message);
    }

    private static ClaimJsonException Fails(string singleQuotedJson) =>
        Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize(Q(singleQuotedJson)));

    private static void AssertAt(ClaimJsonException error, string path, long line, long position)
    {
        Assert.Equal(path, error.Path);
        Assert.Equal(line, error.LineNumber);
        Assert.Equal(position, error.BytePositionInLine);
    }
}
