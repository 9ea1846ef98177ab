using System.Text.Json;

namespace ClaimModel.Tests.Seeds;

/// <summary>Pins the records the contradiction engine's seed cases rely on (ids and the members that make two
/// claims comparable), so that an edit of the seed data cannot silently break those cases.</summary>
public sealed class SeedKeyRecordTests
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Records = new(Load);

    [Theory]
    [InlineData("konashenkov")]
    [InlineData("russia-mod")]
    [InlineData("russia")]
    [InlineData("usa")]
    [InlineData("us-led-coalition")]
    [InlineData("pentagon")]
    [InlineData("kerry")]
    [InlineData("sohr")]
    [InlineData("turkey-mfa")]
    [InlineData("syria-government")]
    [InlineData("aleppo-bombing-2016-02-10")]
    [InlineData("aleppo-offensive-2016-02")]
    [InlineData("al-quds-hospital-strike-2016-04")]
    [InlineData("aleppo-strikes-2016-06-08")]
    [InlineData("russia-air-operation-syria")]
    [InlineData("syrian-civil-war")]
    public void Key_record_exists(string id) => Assert.True(Records.Value.ContainsKey(id), id);

    [Theory]
    [InlineData("d-state-dept-official-no-us-missions")]
    [InlineData("d-coalition-spokesman-denies")]
    [InlineData("d-us-officials-no-coalition-aircraft")]
    public void US_denials_name_the_A10_claim(string denial) =>
        Assert.Contains("c-konashenkov-a10", Get(denial).GetProperty("deniedClaims").EnumerateArray().Select(e => e.GetString()));

    [Fact]
    public void Responsibility_for_the_10_Feb_bombing_is_claimed_by_both_sides()
    {
        Assert.Equal(("aleppo-bombing-2016-02-10", "usa"), IncidentAndActor("c-konashenkov-a10"));
        Assert.Equal(("aleppo-bombing-2016-02-10", "russia"), IncidentAndActor("c-pentagon-russia-hit-hospitals"));
    }

    [Fact]
    public void Russia_denies_its_warplanes_were_present_naming_the_hospital_accusation()
    {
        var denial = Get("d-russia-no-warplanes-present");
        Assert.Equal("presence", denial.GetProperty("statement").GetProperty("kind").GetString());
        Assert.Contains("c-pentagon-russia-hit-hospitals", denial.GetProperty("deniedClaims").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Al_Quds_has_conflicting_perpetrators_and_denials()
    {
        Assert.Equal(("al-quds-hospital-strike-2016-04", "syria-government"), IncidentAndActor("c-usa-alquds-damascus"));
        Assert.Equal(("al-quds-hospital-strike-2016-04", "us-led-coalition"), IncidentAndActor("c-russia-alquds-coalition"));
        Assert.Equal("suggested", Get("c-russia-alquds-coalition").GetProperty("modality").GetString());
        Assert.Equal("al-quds-hospital-strike-2016-04", Get("d-russia-alquds-not-our-warplanes").GetProperty("incident").GetString());
        Assert.Equal("al-quds-hospital-strike-2016-04", Get("d-syria-alquds-not-our-warplanes").GetProperty("incident").GetString());
    }

    [Fact]
    public void Al_Quds_times_are_relative_in_the_speakers_zones()
    {
        var kerry = Get("c-kerry-alquds-yesterday").GetProperty("statement").GetProperty("time");
        Assert.Equal(-1, kerry.GetProperty("relative").GetProperty("offset").GetInt32());
        Assert.Equal("America/New_York", kerry.GetProperty("timeZone").GetString());
        var observatory = Get("c-sohr-alquds-early-thursday").GetProperty("statement").GetProperty("time");
        Assert.Equal("thursday", observatory.GetProperty("relative").GetProperty("weekday").GetString());
        Assert.Equal("early-morning", observatory.GetProperty("partOfDay").GetString());
        Assert.Equal("Asia/Damascus", observatory.GetProperty("timeZone").GetString());
    }

    [Fact]
    public void Turkeys_June_accusation_is_denied_by_id()
    {
        Assert.Equal(("aleppo-strikes-2016-06-08", "russia"), IncidentAndActor("c-turkey-mfa-russia-struck-civilians-aleppo-june"));
        Assert.Contains("c-turkey-mfa-russia-struck-civilians-aleppo-june", Get("d-konashenkov-no-strikes-aleppo-june").GetProperty("deniedClaims").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("d-konashenkov-never-strike-civilians-russia", "russia")]
    [InlineData("d-konashenkov-never-strike-civilians-syrian-army", "syrian-army")]
    public void Never_strike_civilians_is_a_general_denial(string id, string actor)
    {
        var denial = Get(id);
        Assert.False(denial.TryGetProperty("incident", out _));
        var statement = denial.GetProperty("statement");
        Assert.Equal("responsibility", statement.GetProperty("kind").GetString());
        Assert.Equal(actor, statement.GetProperty("actor").GetString());
        Assert.Contains("civilians", statement.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("c-konashenkov-510-sorties", "c-russia-more-than-510-sorties")]
    [InlineData("c-konashenkov-1888-facilities", "c-russia-nearly-1900-facilities")]
    public void Paired_figures_share_incident_measure_subject_and_period(string a, string b)
    {
        var (first, second) = (Get(a), Get(b));
        Assert.Equal(first.GetProperty("incident").GetString(), second.GetProperty("incident").GetString());
        var (x, y) = (first.GetProperty("statement"), second.GetProperty("statement"));
        Assert.Equal(x.GetProperty("figure").GetProperty("measure").GetString(), y.GetProperty("figure").GetProperty("measure").GetString());
        Assert.Equal(x.GetProperty("figure").GetProperty("unit").GetString(), y.GetProperty("figure").GetProperty("unit").GetString());
        Assert.Equal(x.GetProperty("subject").GetString(), y.GetProperty("subject").GetString());
        Assert.Equal(x.GetProperty("period").GetProperty("start").GetString(), y.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal(x.GetProperty("period").GetProperty("end").GetString(), y.GetProperty("period").GetProperty("end").GetString());
    }

    [Theory]
    [InlineData("c-konashenkov-nearest-target-12mi", "about 12 miles")]
    [InlineData("c-konashenkov-no-russian-planes-12mi", "12 miles")]
    [InlineData("c-konashenkov-no-russian-warplanes-20km", "12.5 miles (20 kilometers)")]
    public void Distance_claims_share_the_measure_and_incident(string id, string text)
    {
        var claim = Get(id);
        Assert.Equal("aleppo-bombing-2016-02-10", claim.GetProperty("incident").GetString());
        var within = claim.GetProperty("statement").GetProperty("within");
        Assert.Equal("distance-from-aleppo", within.GetProperty("measure").GetString());
        Assert.Equal(text, within.GetProperty("text").GetString());
        Assert.False(claim.GetProperty("statement").GetProperty("present").GetBoolean());
    }

    private static (string? Incident, string? Actor) IncidentAndActor(string id)
    {
        var claim = Get(id);
        return (claim.GetProperty("incident").GetString(), claim.GetProperty("statement").GetProperty("actor").GetString());
    }

    private static JsonElement Get(string id) =>
        Records.Value.TryGetValue(id, out var element) ? element : throw new Xunit.Sdk.XunitException("no seed record " + id);

    private static Dictionary<string, JsonElement> Load()
    {
        var records = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var path in SeedPaths.AllDocuments)
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var kind in new[] { "actors", "sources", "incidents", "claims", "denials" })
            {
                if (json.RootElement.TryGetProperty(kind, out var array))
                {
                    foreach (var element in array.EnumerateArray())
                    {
                        records[element.GetProperty("id").GetString()!] = element.Clone();
                    }
                }
            }
        }

        return records;
    }
}
