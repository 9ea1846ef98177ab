using ClaimModel.Serialization;
using static ClaimModel.Tests.Support.TestJson;

namespace ClaimModel.Tests.Serialization;

/// <summary>Reading is exactly as strict in both format versions: a member of version 2 is unknown in a version 1
/// document and a version 1 member (<c>statement</c> of a claim, <c>actor</c> of a statement) in a version 2 one,
/// each with a message naming the version it belongs to; enum values of version 2 are refused in version 1; the
/// required members are those of the document's version; an unsupported version names the versions read.</summary>
public sealed class VersionStrictReadingTests
{
    /// <summary>A member of version 2 inside a version 1 document: the JSON (single-quoted, after
    /// <c>{'formatVersion':1,</c>), the path of the error, the record's label and the member.</summary>
    public static TheoryData<string, string, string, string> Version2MembersInVersion1 => new()
    {
        { "'amendments':[]}", "$", "a claim document", "amendments" },
        { "'actors':[{'id':'a','description':'d'}]}", "$.actors[0]", "an actor", "description" },
        { "'actors':[{'id':'a','sameAs':[]}]}", "$.actors[0]", "an actor", "sameAs" },
        { "'claims':[{'id':'c','statements':[]}]}", "$.claims[0]", "a claim", "statements" },
        { "'claims':[{'id':'c','supersedes':['b']}]}", "$.claims[0]", "a claim", "supersedes" },
        { "'claims':[{'id':'c','retracts':['b']}]}", "$.claims[0]", "a claim", "retracts" },
        { "'claims':[{'statement':{'kind':'responsibility','actors':['a']}}]}", "$.claims[0].statement", "a responsibility statement", "actors" },
        { "'claims':[{'statement':{'kind':'responsibility','combination':'either-of'}}]}", "$.claims[0].statement", "a responsibility statement", "combination" },
        { "'claims':[{'statement':{'kind':'responsibility','intent':'deliberate'}}]}", "$.claims[0].statement", "a responsibility statement", "intent" },
        { "'claims':[{'statement':{'kind':'responsibility','modality':'hedged'}}]}", "$.claims[0].statement", "a responsibility statement", "modality" },
        { "'claims':[{'statement':{'kind':'presence','actors':['a']}}]}", "$.claims[0].statement", "a presence statement", "actors" },
        { "'claims':[{'statement':{'kind':'presence','combination':'jointly'}}]}", "$.claims[0].statement", "a presence statement", "combination" },
        { "'claims':[{'statement':{'kind':'presence','modality':'asserted'}}]}", "$.claims[0].statement", "a presence statement", "modality" },
        { "'claims':[{'statement':{'kind':'quantity','modality':'asserted'}}]}", "$.claims[0].statement", "a quantity statement", "modality" },
        { "'claims':[{'statement':{'kind':'target','scope':'only'}}]}", "$.claims[0].statement", "a target statement", "scope" },
        { "'claims':[{'statement':{'kind':'target','modality':'asserted'}}]}", "$.claims[0].statement", "a target statement", "modality" },
        { "'claims':[{'statement':{'kind':'occurrence','modality':'asserted'}}]}", "$.claims[0].statement", "an occurrence statement", "modality" },
        { "'claims':[{'statement':{'kind':'text','modality':'asserted'}}]}", "$.claims[0].statement", "a text statement", "modality" },
        { "'claims':[{'statement':{'kind':'quantity','figure':{'cumulative':true}}}]}", "$.claims[0].statement.figure", "a figure", "cumulative" },
        { "'claims':[{'statement':{'kind':'quantity','figure':{'asOf':{'precision':'day'}}}}]}", "$.claims[0].statement.figure", "a figure", "asOf" },
        { "'claims':[{'reports':[{'source':'s','statements':[0]}]}]}", "$.claims[0].reports[0]", "a report", "statements" },
        { "'denials':[{'id':'d','denies':'intent'}]}", "$.denials[0]", "a denial", "denies" },
        { "'denials':[{'id':'d','characterization':'false'}]}", "$.denials[0]", "a denial", "characterization" },
        { "'denials':[{'id':'d','place':{'name':'Aleppo','precision':'city'}}]}", "$.denials[0]", "a denial", "place" },
        { "'denials':[{'id':'d','time':{'precision':'day'}}]}", "$.denials[0]", "a denial", "time" },
    };

    [Theory]
    [MemberData(nameof(Version2MembersInVersion1))]
    public void Version_2_member_is_unknown_in_a_version_1_document(string rest, string path, string label, string member)
    {
        var error = Fails("{'formatVersion':1," + rest);

        Assert.Equal(path, error.Path);
        Assert.StartsWith($"Unknown member '{member}' in {label}: it is a member of formatVersion 2, and this document declares formatVersion 1; expected one of: ", error.Reason);
        Assert.DoesNotContain(member + ",", error.Reason[error.Reason.IndexOf("expected", StringComparison.Ordinal)..] + ",", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'claims':[{'id':'c','statement':{'kind':'text','text':'t'}}]}", "$.claims[0]", "a claim", "statement")]
    [InlineData("'claims':[{'statements':[{'kind':'responsibility','actor':'a'}]}]}", "$.claims[0].statements[0]", "a responsibility statement", "actor")]
    [InlineData("'claims':[{'statements':[{'kind':'presence','actor':'a'}]}]}", "$.claims[0].statements[0]", "a presence statement", "actor")]
    [InlineData("'denials':[{'statement':{'kind':'responsibility','actor':'a'}}]}", "$.denials[0].statement", "a responsibility statement", "actor")]
    public void Version_1_member_is_unknown_in_a_version_2_document(string rest, string path, string label, string member)
    {
        var error = Fails("{'formatVersion':2," + rest);

        Assert.Equal(path, error.Path);
        Assert.StartsWith($"Unknown member '{member}' in {label}: it is a member of formatVersion 1, and this document declares formatVersion 2; expected one of: ", error.Reason);
    }

    [Fact]
    public void Unknown_member_lists_the_members_of_the_documents_version()
    {
        Assert.EndsWith(
            "expected one of: id, claimant, incident, statement, modality, statedAt, reports.",
            Fails("{'formatVersion':1,'claims':[{'foo':1}]}").Reason);
        Assert.EndsWith(
            "expected one of: id, claimant, incident, statements, modality, statedAt, reports, supersedes, retracts.",
            Fails("{'formatVersion':2,'claims':[{'foo':1}]}").Reason);
        Assert.Equal(
            "Unknown member 'foo' in a claim document; expected one of: formatVersion, title, actors, sources, incidents, claims, denials, amendments.",
            Fails("{'formatVersion':2,'foo':1}").Reason);
    }

    [Fact]
    public void Member_position_of_a_version_error_is_the_member_name()
    {
        var error = Fails("{'formatVersion':1,\n'claims':[{'id':'c','supersedes':[]}]}");

        Assert.Equal(1, error.LineNumber);
        Assert.Equal(20, error.BytePositionInLine);
    }

    [Theory]
    [InlineData("'claims':[{'modality':'hedged'}]}", "$.claims[0].modality", "'hedged' is a Modality of formatVersion 2")]
    [InlineData("'denials':[{'modality':'hedged'}]}", "$.denials[0].modality", "'hedged' is a Modality of formatVersion 2")]
    [InlineData("'claims':[{'statement':{'kind':'quantity','figure':{'qualifier':'nearly'}}}]}", "$.claims[0].statement.figure.qualifier", "'nearly' is a FigureQualifier of formatVersion 2")]
    [InlineData("'claims':[{'statement':{'kind':'presence','within':{'qualifier':'nearly'}}}]}", "$.claims[0].statement.within.qualifier", "'nearly' is a FigureQualifier of formatVersion 2")]
    [InlineData("'actors':[{'kind':'political-body'}]}", "$.actors[0].kind", "'political-body' is a ActorKind of formatVersion 2")]
    [InlineData("'actors':[{'kind':'unnamed-group'}]}", "$.actors[0].kind", "'unnamed-group' is a ActorKind of formatVersion 2")]
    public void Version_2_enum_value_is_refused_in_a_version_1_document(string rest, string path, string message)
    {
        var error = Fails("{'formatVersion':1," + rest);

        Assert.Equal(path, error.Path);
        Assert.Equal(message + "; this document declares formatVersion 1. Use a value of that version or declare a later one.", error.Reason);
    }

    [Theory]
    [InlineData("'claims':[{'modality':'hedged'}]}")]
    [InlineData("'actors':[{'kind':'political-body'}]}")]
    [InlineData("'actors':[{'kind':'unnamed-group'}]}")]
    public void Version_2_enum_value_is_not_a_version_error_in_a_version_2_document(string rest) =>
        Assert.DoesNotContain("formatVersion", Fails("{'formatVersion':2," + rest).Reason);

    [Fact]
    public void Version_1_actor_requires_a_name_and_version_2_does_not()
    {
        var error = Fails("{'formatVersion':1,'actors':[{'id':'a','kind':'person'}]}");

        Assert.Equal("$.actors[0]", error.Path);
        Assert.Equal("Missing required member 'name' in an actor; add it.", error.Reason);
        Assert.Equal(new Actor { Id = "a", Kind = ActorKind.Person }, ClaimJson.Deserialize(Q("{'formatVersion':2,'actors':[{'id':'a','kind':'person'}]}")).Actors.Single());
    }

    [Theory]
    [InlineData(1, "'claims':[{'id':'c','claimant':'a','reports':[]}]}", "$.claims[0]", "Missing required member 'statement' in a claim; add it.")]
    [InlineData(2, "'claims':[{'id':'c','claimant':'a','reports':[]}]}", "$.claims[0]", "Missing required member 'statements' in a claim; add it.")]
    [InlineData(1, "'claims':[{'id':'c','claimant':'a','reports':[],'statement':{'kind':'responsibility'}}]}", "$.claims[0].statement", "Missing required member 'actor' in a responsibility statement; add it.")]
    [InlineData(2, "'claims':[{'id':'c','claimant':'a','reports':[],'statements':[{'kind':'presence','present':true}]}]}", "$.claims[0].statements[0]", "Missing required member 'actors' in a presence statement; add it.")]
    [InlineData(2, "'actors':[{'id':'a','kind':'person','sameAs':[{'certainty':'probable'}]}]}", "$.actors[0].sameAs[0]", "Missing required member 'actor' in an identity link; add it.")]
    [InlineData(2, "'amendments':[{'reports':[]}]}", "$.amendments[0]", "Missing required member 'amends' in an amendment; add it.")]
    public void Required_members_are_those_of_the_documents_version(int version, string rest, string path, string reason)
    {
        var error = Fails("{'formatVersion':" + version + "," + rest);

        Assert.Equal(path, error.Path);
        Assert.Equal(reason, error.Reason);
    }

    [Theory]
    [InlineData(1, "'claims':[{'statement':{'kind':'text','text':'a'},'statement':{'kind':'text','text':'b'}}]}", "$.claims[0].statement", "Duplicate member 'statement' in a claim; give each member once.")]
    [InlineData(2, "'claims':[{'statements':[],'statements':[]}]}", "$.claims[0].statements", "Duplicate member 'statements' in a claim; give each member once.")]
    [InlineData(1, "'actors':[{'name':'a','name':'b'}]}", "$.actors[0].name", "Duplicate member 'name' in an actor; give each member once.")]
    [InlineData(2, "'actors':[{'name':'a','name':'b'}]}", "$.actors[0].name", "Duplicate member 'name' in an actor; give each member once.")]
    [InlineData(2, "'claims':[{'statements':[{'kind':'quantity','figure':{'cumulative':true,'cumulative':true}}]}]}", "$.claims[0].statements[0].figure.cumulative", "Duplicate member 'cumulative' in a figure; give each member once.")]
    [InlineData(2, "'denials':[{'denies':'act','denies':'intent'}]}", "$.denials[0].denies", "Duplicate member 'denies' in a denial; give each member once.")]
    public void Duplicate_members_are_errors_in_both_versions(int version, string rest, string path, string reason)
    {
        var error = Fails("{'formatVersion':" + version + "," + rest);

        Assert.Equal(path, error.Path);
        Assert.Equal(reason, error.Reason);
    }

    [Theory]
    [InlineData("'claims':[{'statements':{}}]}", "$.claims[0].statements", "Expected an array, found an object.")]
    [InlineData("'claims':[{'statements':[{'kind':'responsibility','actors':'usa'}]}]}", "$.claims[0].statements[0].actors", "Expected an array, found a string.")]
    [InlineData("'claims':[{'statements':[{'kind':'quantity','figure':{'cumulative':1}}]}]}", "$.claims[0].statements[0].figure.cumulative", "Expected true or false, found a number.")]
    [InlineData("'claims':[{'reports':[{'statements':['0']}]}]}", "$.claims[0].reports[0].statements[0]", "Expected an integer, found a string.")]
    [InlineData("'claims':[{'statements':[{'kind':'responsibility','intent':'on-purpose'}]}]}", "$.claims[0].statements[0].intent", "'on-purpose' is not a valid Intent; expected one of: unstated, deliberate, indiscriminate, accidental.")]
    [InlineData("'claims':[{'statements':[{'kind':'target','scope':'all'}]}]}", "$.claims[0].statements[0].scope", "'all' is not a valid TargetScope; expected one of: unstated, only, mostly, among-others.")]
    [InlineData("'denials':[{'characterization':'lie'}]}", "$.denials[0].characterization", "'lie' is not a valid Characterization; expected one of: unstated, false, fabricated, unfounded, misleading.")]
    [InlineData("'actors':[{'sameAs':[{'certainty':'sure'}]}]}", "$.actors[0].sameAs[0].certainty", "'sure' is not a valid IdentityCertainty; expected one of: confirmed, probable.")]
    [InlineData("'claims':[{'statements':[{'kind':'presence','combination':'both'}]}]}", "$.claims[0].statements[0].combination", "'both' is not a valid ActorCombination; expected one of: jointly, either-of.")]
    [InlineData("'denials':[{'denies':'all'}]}", "$.denials[0].denies", "'all' is not a valid DeniedAspect; expected one of: act, intent.")]
    public void Wrong_tokens_and_names_of_version_2_members_are_errors(string rest, string path, string reason)
    {
        var error = Fails("{'formatVersion':2," + rest);

        Assert.Equal(path, error.Path);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void Missing_format_version_is_the_first_error_even_with_members_of_a_version()
    {
        var error = Fails("{'claims':[{'statement':{'kind':'text','text':'t'}}],'amendments':[]}");

        Assert.Equal("$", error.Path);
        Assert.Equal("Missing required member 'formatVersion' in a claim document; add it.", error.Reason);
        Assert.Equal(68, error.BytePositionInLine);
    }

    [Fact]
    public void Format_version_decides_wherever_it_stands()
    {
        Assert.Equal(
            "c",
            ClaimJson.Deserialize(Q("{'claims':[{'id':'c','claimant':'a','statement':{'kind':'text','text':'t'},'reports':[]}],'formatVersion':1}")).Claims[0].Id);
        Assert.Equal(
            "c",
            ClaimJson.Deserialize(Q("{'claims':[{'id':'c','claimant':'a','statements':[{'kind':'text','text':'t'}],'reports':[]}],'formatVersion':2}")).Claims[0].Id);
    }

    [Fact]
    public void Record_read_on_its_own_is_read_as_version_2()
    {
        Assert.Equal(new ResponsibilityStatement { Actors = ["a"] }, Read<Statement>(Q("{'kind':'responsibility','actors':['a']}")));
        var error = Assert.Throws<ClaimJsonException>(() => Read<Statement>(Q("{'kind':'responsibility','actor':'a'}")));
        Assert.StartsWith("Unknown member 'actor' in a responsibility statement: it is a member of formatVersion 1, and a record read on its own is read as formatVersion 2;", error.Reason);
    }

    private static ClaimJsonException Fails(string singleQuotedJson) =>
        Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize(Q(singleQuotedJson)));
}
