using ClaimModel.Serialization;
using ClaimModel.Tests.Support;
using static ClaimModel.Tests.Support.TestJson;

namespace ClaimModel.Tests.Serialization;

/// <summary>The wire format does not depend on the current culture (decimal commas in de-DE, the dotless
/// i in tr-TR, Arabic digits in ar-SA).</summary>
public sealed class CultureInvarianceTests
{
    private static readonly string Canonical = ClaimJson.Serialize(SampleDocuments.Representative(), indented: true);

    [Theory]
    [MemberData(nameof(CultureScope.Hostile), MemberType = typeof(CultureScope))]
    public void Canonical_form_is_the_same_under_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);

        Assert.Equal(Canonical, ClaimJson.Serialize(SampleDocuments.Representative(), indented: true));
        Assert.Equal(SampleDocuments.Representative(), ClaimJson.Deserialize(Canonical));
    }

    [Theory]
    [MemberData(nameof(CultureScope.Hostile), MemberType = typeof(CultureScope))]
    public void Numbers_dates_and_kebab_names_are_invariant_under_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        var figure = new Figure { Measure = "m", Unit = "u", Qualifier = FigureQualifier.MoreThan, Value = 1888.5m, Text = "t" };
        var time = new TimeSpec { Start = new DateTimeOffset(2016, 2, 10, 13, 55, 0, TimeSpan.FromHours(3)), Relative = new RelativeDay { Weekday = DayOfWeek.Friday }, Precision = TimePrecision.Exact };

        Assert.Equal(Q("{'measure':'m','unit':'u','qualifier':'more-than','value':1888.5,'text':'t'}"), Write(figure));
        Assert.Equal(Q("{'start':'2016-02-10T13:55:00+03:00','relative':{'weekday':'friday'},'precision':'exact'}"), Write(time));
        Assert.Equal(ActorKind.InternationalOrganization, Read<Actor>(Q("{'id':'i','name':'I','kind':'international-organization'}")).Kind);
    }

    [Theory]
    [MemberData(nameof(CultureScope.Hostile), MemberType = typeof(CultureScope))]
    public void Error_messages_are_invariant_under_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);

        var error = Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize(Q("{'formatVersion':1,'claims':[{'reports':[{'quote':{'end':2147483648}}]}]}")));

        Assert.Equal(
            "The number 2147483648 is not an integer between -2147483648 and 2147483647. Path: $.claims[0].reports[0].quote.end | LineNumber: 0 | BytePositionInLine: 57.",
            error.Message);
    }

    [Theory]
    [MemberData(nameof(CultureScope.Hostile), MemberType = typeof(CultureScope))]
    public void Version_1_mapping_and_version_messages_are_invariant_under_any_culture(string culture)
    {
        var v1 = Q("{'formatVersion':1,'claims':[{'id':'c','claimant':'a','statement':{'kind':'quantity','figure':{'measure':'m','unit':'u','qualifier':'less-than','value':1899.5,'text':'JUST UNDER 1,900'}},'reports':[]}]}");
        var expected = ClaimJson.Serialize(ClaimJson.Deserialize(v1));
        using var scope = new CultureScope(culture);

        Assert.Equal(expected, ClaimJson.Serialize(ClaimJson.Deserialize(v1)));
        Assert.Contains("'qualifier':'nearly','value':1899.5", expected.Replace('"', '\''), StringComparison.Ordinal);
        Assert.Equal(
            "Unsupported formatVersion (3); this library reads formatVersion 1 and 2 and writes 2. Convert the document or use a library version that supports it.",
            Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize(Q("{'formatVersion':3}"))).Reason);
        Assert.StartsWith(
            "Unknown member 'intent' in a responsibility statement: it is a member of formatVersion 2, and this document declares formatVersion 1;",
            Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize(Q("{'formatVersion':1,'claims':[{'statement':{'kind':'responsibility','intent':'deliberate'}}]}"))).Reason);
        Assert.Equal(
            Q("{'kind':'responsibility','actors':['a','i'],'combination':'either-of','intent':'indiscriminate'}"),
            Write<Statement>(new ResponsibilityStatement { Actors = ["a", "i"], Combination = ActorCombination.EitherOf, Intent = Intent.Indiscriminate }));
    }
}
