using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Ids an <see cref="ActorGraph"/> meets after its tables were sized (past the sixteen first actors, after
/// many actors without a node, or after the reverse edges were built) are unknown actors, each its own root and only
/// descendant; chains of single affiliations that loop, or loop through the actor they end at, list every actor above
/// once; voices joined by actors added after the voices were asked for, or only by identity links, are answered again
/// and each id whose voice changed is reported once.</summary>
public class ActorIdsMetLateTests
{
    private readonly KeyInterner _keys = new();

    [Fact]
    public void An_unknown_id_met_after_sixteen_known_actors_is_its_own_root()
    {
        var graph = new ActorGraph(_keys);
        for (var i = 0; i < 16; i++)
        {
            graph.Add(Actor("actor-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var node = graph.Get("ghost");

        Assert.Equal(16, node.Key);
        Assert.Equal(["ghost"], node.Roots);
        Assert.Equal("ghost", node.Name);
        Assert.Equal("ghost", graph.NameOf("ghost"));
    }

    [Fact]
    public void An_actor_added_after_twenty_unknown_ids_were_met_is_known()
    {
        var graph = new ActorGraph(_keys);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(["ghost-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)], graph.Get("ghost-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).Roots);
        }

        graph.Add(Actor("late", ("ghost-00", AffiliationRelation.PartOf)));

        Assert.Equal(20, _keys.Intern("late"));
        Assert.Equal("LATE", graph.NameOf("late"));
        Assert.Equal(["ghost-00"], graph.Get("late").Roots);
    }

    [Fact]
    public void A_node_kept_among_many_actors_without_one_is_answered_again_after_an_actor_is_added()
    {
        var graph = new ActorGraph(_keys);
        for (var i = 0; i < 40; i++)
        {
            graph.Add(Actor("actor-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(["actor-39"], graph.Get("actor-39").Roots);

        graph.Add(Actor("actor-39", ("actor-00", AffiliationRelation.PartOf)));

        Assert.Equal(["actor-00"], graph.Get("actor-39").Roots);
    }

    [Fact]
    public void An_unknown_actor_named_as_a_parent_past_the_sixteen_first_keys_is_the_root_of_its_member()
    {
        var graph = new ActorGraph(_keys);
        for (var i = 0; i < 15; i++)
        {
            graph.Add(Actor("actor-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));
        }

        graph.Add(Actor("member", ("ghost", AffiliationRelation.PartOf)));

        var node = graph.Get("member");

        Assert.Equal(16, _keys.Intern("ghost"));
        Assert.Equal(["ghost"], node.Roots);
        Assert.Equal([_keys.Intern("member"), _keys.Intern("ghost")], node.AncestorsOrSelf.ToArray());
    }

    [Fact]
    public void An_id_first_met_after_the_descendants_were_asked_for_is_its_own_only_descendant()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("top"));
        graph.Add(Actor("bottom", ("top", AffiliationRelation.PartOf)));
        Assert.Equal([_keys.Intern("top"), _keys.Intern("bottom")], graph.DescendantsOrSelf(_keys.Intern("top")).ToArray());

        var ghost = _keys.Intern("ghost");
        var later = _keys.Intern("later");

        Assert.Equal([ghost], graph.DescendantsOrSelf(ghost).ToArray());
        Assert.Equal([later], graph.DescendantsOrSelf(later).ToArray());
    }

    [Fact]
    public void Single_affiliations_in_a_loop_make_each_actor_of_it_an_ancestor_of_the_other_once()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("x", ("y", AffiliationRelation.PartOf)));
        graph.Add(Actor("y", ("x", AffiliationRelation.PartOf)));

        var x = graph.Get("x");

        Assert.Equal([_keys.Intern("x"), _keys.Intern("y")], x.AncestorsOrSelf.ToArray());
        Assert.Empty(x.Roots);
        Assert.True(x.IsAffiliateOf(_keys.Intern("y")));
        Assert.Equal([_keys.Intern("y"), _keys.Intern("x")], graph.Get("y").AncestorsOrSelf.ToArray());
    }

    [Fact]
    public void A_chain_that_loops_back_through_the_actor_it_ends_at_lists_each_ancestor_once()
    {
        // a's only affiliation is b; b is part of a and of c: b's full walk reaches a again.
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("a", ("b", AffiliationRelation.PartOf)));
        graph.Add(Actor("b", ("a", AffiliationRelation.PartOf), ("c", AffiliationRelation.PartOf)));
        graph.Add(Actor("c"));

        var a = graph.Get("a");

        Assert.Equal([_keys.Intern("a"), _keys.Intern("b"), _keys.Intern("c")], a.AncestorsOrSelf.ToArray());
        Assert.Equal(3, a.AncestorsOrSelf.Count);
        Assert.Equal(["c"], a.Roots);
    }

    [Fact]
    public void A_chain_asked_for_after_a_loop_is_linked_from_its_own_actor()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("x", ("y", AffiliationRelation.PartOf)));
        graph.Add(Actor("y", ("x", AffiliationRelation.PartOf)));
        graph.Add(Actor("p", ("q", AffiliationRelation.PartOf)));
        graph.Add(Actor("q"));
        Assert.Equal("x", graph.Get("x").Id);

        var p = graph.Get("p");

        Assert.Equal("p", p.Id);
        Assert.Equal([_keys.Intern("p"), _keys.Intern("q")], p.AncestorsOrSelf.ToArray());
        Assert.Equal([_keys.Intern("y"), _keys.Intern("x")], graph.Get("y").AncestorsOrSelf.ToArray());
    }

    [Fact]
    public void Descendants_of_an_actor_in_a_loop_are_each_actor_of_the_loop_once()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("x", ("y", AffiliationRelation.PartOf)));
        graph.Add(Actor("y", ("x", AffiliationRelation.PartOf)));

        Assert.Equal([_keys.Intern("x"), _keys.Intern("y")], graph.DescendantsOrSelf(_keys.Intern("x")).ToArray());
        Assert.Equal([_keys.Intern("y"), _keys.Intern("x")], graph.DescendantsOrSelf(_keys.Intern("y")).ToArray());
    }

    [Fact]
    public void A_spokesperson_for_an_actor_the_graph_does_not_know_speaks_with_its_own_voice()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("russia-mod"));
        graph.Add(Actor("sohr"));
        graph.Add(Actor("unknown-spokesman", ("ghost", AffiliationRelation.SpokespersonFor)));

        Assert.Equal("unknown-spokesman", graph.Get("unknown-spokesman").Voice);
        Assert.Equal("sohr", graph.Get("sohr").Voice);
        Assert.Equal("russia-mod", graph.Get("russia-mod").Voice);
    }

    [Fact]
    public void A_spokesperson_added_after_the_voices_were_asked_for_joins_the_voice_of_the_body()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("russia-mod"));
        graph.Add(Actor("konashenkov", ("russia-mod", AffiliationRelation.SpokespersonFor)));
        Assert.Equal(graph.Get("russia-mod").Voice, graph.Get("konashenkov").Voice);

        graph.Add(Actor("peskov", ("russia-mod", AffiliationRelation.SpokespersonFor)));

        Assert.Equal(graph.Get("russia-mod").Voice, graph.Get("peskov").Voice);
    }

    [Fact]
    public void An_unknown_actor_in_a_graph_whose_voices_join_is_its_own_voice_and_not_probable()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("russia-mod"));
        graph.Add(Actor("spokesman") with { SameAs = [new IdentityLink { Actor = "russia-mod", Certainty = IdentityCertainty.Probable }] });
        Assert.True(graph.Get("spokesman").VoiceIsProbable);

        var ghost = graph.Get("ghost");

        Assert.Equal(("ghost", false), (ghost.Voice, ghost.VoiceIsProbable));
    }

    [Fact]
    public void Actors_joined_only_by_identity_links_speak_with_one_voice()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("unnamed-officer") with { SameAs = [new IdentityLink { Actor = "named-officer", Certainty = IdentityCertainty.Confirmed }] });
        graph.Add(Actor("named-officer") with { SameAs = [new IdentityLink { Actor = "unnamed-officer", Certainty = IdentityCertainty.Confirmed }] });

        var unnamed = graph.Get("unnamed-officer");

        Assert.Equal(graph.Get("named-officer").Voice, unnamed.Voice);
        Assert.False(unnamed.VoiceIsProbable);
    }

    [Fact]
    public void The_ids_whose_voice_changed_are_reported_once()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("russia-mod"));
        graph.Add(Actor("konashenkov"));
        var before = graph.Get("konashenkov").Voice;
        _ = graph.Get("russia-mod");

        graph.Add(Actor("konashenkov", ("russia-mod", AffiliationRelation.SpokespersonFor)));
        var changed = new List<string>();
        graph.RefreshVoices(changed);

        Assert.Contains("konashenkov", changed);
        Assert.NotEqual(before, graph.Get("konashenkov").Voice);
        var again = new List<string>();
        graph.RefreshVoices(again);
        Assert.Empty(again);
    }
}
