namespace ClaimModel.Tests.Model;

/// <summary>Voices: identity links and spokesperson/official affiliations join actors, in either direction and
/// transitively; other affiliations do not.</summary>
public class VoiceResolverTests
{
    [Theory]
    [InlineData(AffiliationRelation.SpokespersonFor, true)]
    [InlineData(AffiliationRelation.OfficialOf, true)]
    [InlineData(AffiliationRelation.MemberOf, false)]
    [InlineData(AffiliationRelation.PartOf, false)]
    [InlineData(AffiliationRelation.ControlledBy, false)]
    public void Only_speaking_for_a_body_joins_its_voice(AffiliationRelation relation, bool joined)
    {
        var voices = VoiceResolver.Of([Actor("body"), Actor("speaker", affiliations: [new Affiliation { Actor = "body", Relation = relation }])]);
        Assert.Equal(joined, voices.SameVoice("speaker", "body"));
        Assert.Equal(joined, voices.SameVoice("body", "speaker"));
    }

    [Theory]
    [InlineData(IdentityCertainty.Confirmed)]
    [InlineData(IdentityCertainty.Probable)]
    public void Identity_links_of_either_certainty_join_voices_in_both_directions(IdentityCertainty certainty)
    {
        var voices = VoiceResolver.Of([Actor("unnamed", links: [new IdentityLink { Actor = "named", Certainty = certainty }]), Actor("named")]);
        Assert.True(voices.SameVoice("unnamed", "named"));
        Assert.True(voices.SameVoice("named", "unnamed"));
    }

    [Fact]
    public void Voices_are_transitive_through_mixed_links()
    {
        // a spokesman of the ministry, identified with an unnamed official who is an official of another body
        var voices = VoiceResolver.Of(
        [
            Actor("ministry"),
            Actor("spokesman", affiliations: [new Affiliation { Actor = "ministry", Relation = AffiliationRelation.SpokespersonFor }]),
            Actor("official", links: [new IdentityLink { Actor = "spokesman", Certainty = IdentityCertainty.Probable }]),
            Actor("second-spokesman", affiliations: [new Affiliation { Actor = "ministry", Relation = AffiliationRelation.SpokespersonFor }]),
            Actor("state"),
            Actor("part", affiliations: [new Affiliation { Actor = "state", Relation = AffiliationRelation.PartOf }]),
        ]);
        Assert.True(voices.SameVoice("official", "ministry"));
        Assert.True(voices.SameVoice("official", "second-spokesman"));
        Assert.False(voices.SameVoice("official", "state"));
        Assert.False(voices.SameVoice("part", "state"));
        Assert.Equal(voices.VoiceOf(0), voices.VoiceOf(2));
        Assert.NotEqual(voices.VoiceOf(0), voices.VoiceOf(4));
    }

    [Fact]
    public void Ids_that_name_no_actor_are_each_their_own_voice()
    {
        var voices = VoiceResolver.Of([Actor("a", links: [new IdentityLink { Actor = "ghost", Certainty = IdentityCertainty.Confirmed }, null!]), null!]);
        Assert.True(voices.SameVoice("ghost", "ghost"));
        Assert.False(voices.SameVoice("ghost", "a"));
        Assert.False(voices.SameVoice("ghost", "other-ghost"));
        Assert.False(voices.SameVoice(null, null));
        Assert.True(voices.SameVoice("a", "a"));
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void A_chain_of_a_million_links_is_one_voice()
    {
        const int Length = 1_000_000;
        var actors = new Actor[Length];
        for (var i = 0; i < Length; i++)
        {
            actors[i] = Actor(Id(i), links: i + 1 < Length ? [new IdentityLink { Actor = Id(i + 1), Certainty = IdentityCertainty.Probable }] : []);
        }

        var voices = VoiceResolver.Of(actors);
        Assert.True(voices.SameVoice(Id(0), Id(Length - 1)));
        Assert.True(voices.SameVoice(Id(Length / 2), Id(7)));
    }

    private static string Id(int i) => "n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Actor Actor(string id, Affiliation[]? affiliations = null, IdentityLink[]? links = null) =>
        new() { Id = id, Name = id, Kind = ActorKind.Person, Affiliations = affiliations, SameAs = links };
}
