using System.Text;
using System.Text.Json;
using ClaimModel.Export;
using ClaimModel.Tests.Support;
using Snapshooter.Xunit;

namespace ClaimModel.Tests.Export;

public sealed class ProvExportTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"no\"", "\"say \\\"no\\\"\"")]
    [InlineData("C:\\press\\", "\"C:\\\\press\\\\\"")]
    [InlineData("a\nb\rc\td", "\"a\\nb\\rc\\td\"")]
    [InlineData("\b\f", "\"\\b\\f\"")]
    [InlineData("bell\u0007 del\u007f c1\u0085", "\"bell\\u0007 del\\u007F c1\\u0085\"")]
    [InlineData("\uFFFE\uFFFF", "\"\\uFFFE\\uFFFF\"")]
    [InlineData("— “quoted” 🚫 Türkiye", "\"— “quoted” 🚫 Türkiye\"")]
    [InlineData("\"\"\" triple", "\"\\\"\\\"\\\" triple\"")]
    public void Turtle_strings_escape_quotes_backslashes_and_control_characters_and_keep_other_text(string value, string expected)
    {
        Assert.Equal(expected, TurtleText.AppendString(new StringBuilder(), value).ToString());
    }

    [Fact]
    public void An_unpaired_surrogate_in_a_turtle_string_becomes_the_replacement_character()
    {
        var value = "lone " + (char)0xD800 + " surrogate, pair " + char.ConvertFromUtf32(0x1F6AB);

        Assert.Equal("\"lone \\uFFFD surrogate, pair 🚫\"", TurtleText.AppendString(new StringBuilder(), value).ToString());
    }

    [Fact]
    public void The_revisions_fixture_as_turtle_matches_its_snapshot()
    {
        Snapshot.Match(ProvTurtleWriter.ToTurtle(ExportFixtures.Revisions));
    }

    [Fact]
    public void The_revisions_fixture_as_prov_json_ld_matches_its_snapshot()
    {
        Snapshot.Match(ProvJsonLdWriter.ToJson(ExportFixtures.Revisions));
    }

    [Fact]
    public void A_superseding_claim_is_a_revision_and_a_retraction_an_invalidation_by_the_retracting_claims_activity()
    {
        var turtle = ProvTurtleWriter.ToTurtle(ExportFixtures.Revisions);

        Assert.Contains("<urn:claimmodel:claim/c-second>\n    a prov:Entity ;\n    dcterms:identifier \"c-second\" ;\n    prov:wasAttributedTo <urn:claimmodel:actor/spokesman> ;\n    dcterms:date \"2016-03-01\"^^xsd:date ;\n    prov:wasRevisionOf <urn:claimmodel:claim/c-first> .\n", turtle, StringComparison.Ordinal);
        Assert.Contains("prov:wasInvalidatedBy <urn:claimmodel:retraction/c-retraction> .", turtle, StringComparison.Ordinal);
        Assert.Contains("<urn:claimmodel:claim/c-retraction>\n    a prov:Entity ;\n    dcterms:identifier \"c-retraction\" ;\n    prov:wasAttributedTo <urn:claimmodel:actor/officials> ;\n    prov:wasGeneratedBy <urn:claimmodel:retraction/c-retraction> .\n", turtle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_relayed_by_an_actor_and_an_outlet_is_a_chain_of_quotations_from_the_claim()
    {
        var turtle = ProvTurtleWriter.ToTurtle(ExportFixtures.Revisions);

        Assert.Contains("<urn:claimmodel:report/c-first/0/relay/1>\n    a prov:Entity ;\n    prov:wasQuotedFrom <urn:claimmodel:claim/c-first> ;\n    prov:wasAttributedTo <urn:claimmodel:actor/agency> .\n", turtle, StringComparison.Ordinal);
        Assert.Contains("<urn:claimmodel:report/c-first/0/relay/2>\n    a prov:Entity ;\n    prov:wasQuotedFrom <urn:claimmodel:report/c-first/0/relay/1> ;\n    dcterms:isPartOf <urn:claimmodel:source/wire> .\n", turtle, StringComparison.Ordinal);
        Assert.Contains("    dcterms:isPartOf <urn:claimmodel:source/daily-2016-03-01> ;\n    prov:wasQuotedFrom <urn:claimmodel:report/c-first/0/relay/2> ;\n    prov:hadPrimarySource <urn:claimmodel:claim/c-first> .\n", turtle, StringComparison.Ordinal);
    }

    [Fact]
    public void In_the_seeds_konashenkov_acts_on_behalf_of_the_defense_ministry_and_membership_is_no_delegation()
    {
        var turtle = ProvTurtleWriter.ToTurtle(ExportFixtures.Seeds);

        Assert.Contains("<urn:claimmodel:actor/konashenkov>\n    a prov:Agent, prov:Person ;\n    dcterms:identifier \"konashenkov\" ;\n    rdfs:label \"Igor Konashenkov\" ;\n    prov:actedOnBehalfOf <urn:claimmodel:actor/russia-mod> ;", turtle, StringComparison.Ordinal);
        Assert.Contains("<urn:claimmodel:actor/usa>\n    a prov:Agent, prov:Organization ;\n    dcterms:identifier \"usa\" ;\n    rdfs:label \"United States\" .\n", turtle, StringComparison.Ordinal);
        Assert.Contains("<urn:claimmodel:report/c-konashenkov-a10/0/relay/1>\n    a prov:Entity ;\n    prov:wasQuotedFrom <urn:claimmodel:claim/c-konashenkov-a10> ;\n    dcterms:isPartOf <urn:claimmodel:source/rt> .\n", turtle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_iri_replaces_the_default_in_every_node_of_both_writers()
    {
        var options = new ExportOptions { BaseIri = "https://newsroom.example/claims/" };

        var turtle = ProvTurtleWriter.ToTurtle(ExportFixtures.Revisions, options);
        var json = ProvJsonLdWriter.ToJson(ExportFixtures.Revisions, options);
        var review = ClaimReviewWriter.ToJson(ExportFixtures.Revisions, null, options);

        foreach (var text in new[] { turtle, json, review })
        {
            Assert.DoesNotContain(ExportOptions.DefaultBaseIri, text, StringComparison.Ordinal);
            Assert.Contains("https://newsroom.example/claims/claim/c-first", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("claims/")]
    [InlineData("https://a.example/with space/")]
    [InlineData("https://a.example/<x>/")]
    [InlineData("")]
    public void A_base_iri_that_is_not_an_absolute_iri_is_rejected(string baseIri)
    {
        Assert.False(ExportOptions.IsBaseIri(baseIri));
        Assert.Throws<ArgumentException>(() => new ExportOptions { BaseIri = baseIri });
    }

    [Fact]
    public void Ids_outside_the_id_alphabet_are_percent_encoded_in_iris()
    {
        Assert.Equal("c-ok.1_x:y", ExportIris.Escape("c-ok.1_x:y"));
        Assert.Equal("a%20b%2Fc%C3%A9", ExportIris.Escape("a b/cé"));
        Assert.Equal("https://a.example/x%20y%7C", ExportIris.SafeIri("https://a.example/x y|"));
    }

    [Theory]
    [MemberData(nameof(CultureScope.Hostile), MemberType = typeof(CultureScope))]
    public void Both_writers_write_the_same_text_in_every_culture_and_on_every_run(string culture)
    {
        var turtle = ProvTurtleWriter.ToTurtle(ExportFixtures.Seeds);
        var json = ProvJsonLdWriter.ToJson(ExportFixtures.Seeds);

        using (new CultureScope(culture))
        {
            Assert.Equal(turtle, ProvTurtleWriter.ToTurtle(ExportFixtures.Seeds));
            Assert.Equal(json, ProvJsonLdWriter.ToJson(ExportFixtures.Seeds));
        }
    }

    [Fact]
    public void The_json_ld_has_its_context_inline_and_one_node_per_turtle_subject()
    {
        var turtle = ProvTurtleWriter.ToTurtle(ExportFixtures.Seeds);
        using var json = JsonDocument.Parse(ProvJsonLdWriter.ToJson(ExportFixtures.Seeds));

        var context = json.RootElement.GetProperty("@context");
        Assert.Equal("http://www.w3.org/ns/prov#", context.GetProperty("prov").GetString());
        var subjects = turtle.Split('\n').Count(l => l.StartsWith('<'));
        Assert.Equal(subjects, json.RootElement.GetProperty("@graph").GetArrayLength());
    }
}
