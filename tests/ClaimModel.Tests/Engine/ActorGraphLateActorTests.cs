using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Actors added to an <see cref="ActorGraph"/> after it answered questions: the sides, names, voices and
/// descendants it had kept are answered again from the new actors, and a replaced actor keeps its place.</summary>
public class ActorGraphLateActorTests
{
    private readonly KeyInterner _keys = new();

    /// <summary>The ids of the descendants-or-self of <paramref name="id"/>, in the graph's order.</summary>
    private string[] Descendants(ActorGraph graph, string id, params string[] known)
    {
        var byKey = known.ToDictionary(_keys.Intern);
        return [.. graph.DescendantsOrSelf(_keys.Intern(id)).ToArray().Select(key => byKey[key])];
    }

    [Fact]
    public void A_parent_added_after_the_node_was_built_becomes_the_side()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("bottom", ("middle", AffiliationRelation.PartOf)));
        Assert.Equal(["middle"], graph.Get("bottom").Roots);

        graph.Add(Actor("middle", ("top", AffiliationRelation.PartOf)));

        var node = graph.Get("bottom");
        Assert.Equal(["top"], node.Roots);
        Assert.Equal("top", node.Side);
        Assert.True(node.IsAffiliateOf(_keys.Intern("middle")));
        Assert.True(node.IsAffiliateOf(_keys.Intern("top")));
    }

    [Fact]
    public void A_node_is_kept_until_an_actor_is_added()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("bottom", ("top", AffiliationRelation.PartOf)));

        var first = graph.Get("bottom");
        Assert.Same(first, graph.Get("bottom"));

        graph.Add(Actor("other"));
        Assert.NotSame(first, graph.Get("bottom"));
    }

    [Fact]
    public void Nodes_of_many_ids_are_kept_and_renewed_alike()
    {
        // More ids than the graph keeps in its table by id: the later ones are found by key, with the same answers.
        var graph = new ActorGraph(_keys);
        var ids = Enumerable.Range(0, 5_000).Select(i => "a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        foreach (var id in ids)
        {
            graph.Add(Actor(id, ("top", AffiliationRelation.PartOf)));
        }

        var first = ids.Select(graph.Get).ToArray();
        Assert.All(ids, (id, i) => Assert.Same(first[i], graph.Get(id)));
        Assert.All(first, node => Assert.Equal(["top"], node.Roots));

        graph.Add(Actor("top", ("alliance", AffiliationRelation.MemberOf)));

        Assert.All(ids, (id, i) =>
        {
            var node = graph.Get(id);
            Assert.NotSame(first[i], node);
            Assert.Equal(["alliance"], node.Roots);
        });
    }

    [Fact]
    public void A_member_added_after_the_descendants_were_asked_for_is_one_of_them()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("top"));
        graph.Add(Actor("middle", ("top", AffiliationRelation.PartOf)));
        Assert.Equal(["top", "middle"], Descendants(graph, "top", "top", "middle", "bottom"));

        graph.Add(Actor("bottom", ("middle", AffiliationRelation.PartOf)));

        Assert.Equal(["top", "middle", "bottom"], Descendants(graph, "top", "top", "middle", "bottom"));
        Assert.Equal(["middle", "bottom"], Descendants(graph, "middle", "top", "middle", "bottom"));
    }

    [Fact]
    public void Descendants_are_the_actor_first_then_breadth_first_and_a_replaced_actor_moves_below_its_new_parent()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("bottom", ("top", AffiliationRelation.PartOf)));
        graph.Add(Actor("top"));
        graph.Add(Actor("middle", ("top", AffiliationRelation.PartOf)));
        Assert.Equal(["top", "bottom", "middle"], Descendants(graph, "top", "top", "middle", "bottom"));

        graph.Add(Actor("bottom", ("middle", AffiliationRelation.PartOf)));

        Assert.Equal(["top", "middle", "bottom"], Descendants(graph, "top", "top", "middle", "bottom"));
        Assert.Equal(["middle", "bottom"], Descendants(graph, "middle", "top", "middle", "bottom"));
    }

    [Fact]
    public void An_id_no_known_actor_is_at_or_below_is_its_own_only_descendant()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("top"));

        Assert.Equal(["ghost"], Descendants(graph, "ghost", "ghost", "top", "bottom"));
    }

    [Fact]
    public void An_unknown_parent_named_by_a_known_actor_is_its_own_descendant_with_that_actor_below_it()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("bottom", ("ghost", AffiliationRelation.PartOf)));

        Assert.Equal(["ghost", "bottom"], Descendants(graph, "ghost", "ghost", "top", "bottom"));
        Assert.Equal(["ghost"], graph.Get("bottom").Roots);
    }

    [Fact]
    public void A_name_added_later_replaces_the_id_and_the_description_stands_in_for_a_missing_name()
    {
        var graph = new ActorGraph(_keys);
        Assert.Equal("ghost", graph.NameOf("ghost"));
        Assert.Equal("ghost", graph.Get("ghost").Name);

        graph.Add(new Actor { Id = "ghost", Kind = ActorKind.ArmedGroup, Description = "an unnamed armed group" });
        Assert.Equal("an unnamed armed group", graph.NameOf("ghost"));
        Assert.Equal("an unnamed armed group", graph.Get("ghost").Name);

        graph.Add(new Actor { Id = "ghost", Kind = ActorKind.ArmedGroup, Name = "The Group", Description = "an unnamed armed group" });
        Assert.Equal("The Group", graph.NameOf("ghost"));
        Assert.Equal("The Group (side ghost)", graph.Get("ghost").Who);

        graph.Add(new Actor { Id = "other", Kind = ActorKind.ArmedGroup });
        Assert.Equal("other", graph.NameOf("other"));
    }

    [Fact]
    public void A_spokesperson_added_later_speaks_with_the_voice_of_the_body()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("russia-mod"));
        graph.Add(Actor("konashenkov"));
        Assert.NotEqual(graph.Get("russia-mod").Voice, graph.Get("konashenkov").Voice);

        graph.Add(Actor("konashenkov", ("russia-mod", AffiliationRelation.SpokespersonFor)));

        Assert.Equal(graph.Get("russia-mod").Voice, graph.Get("konashenkov").Voice);
        Assert.False(graph.Get("konashenkov").VoiceIsProbable);
    }

    [Fact]
    public void A_probable_identity_added_later_joins_the_voice_as_probable()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("russia-mod"));
        graph.Add(Actor("spokesman"));
        Assert.False(graph.Get("spokesman").VoiceIsProbable);

        graph.Add(Actor("spokesman") with { SameAs = [new IdentityLink { Actor = "russia-mod", Certainty = IdentityCertainty.Probable }] });

        Assert.Equal(graph.Get("russia-mod").Voice, graph.Get("spokesman").Voice);
        Assert.True(graph.Get("spokesman").VoiceIsProbable);
    }

    [Fact]
    public void Probable_identities_stay_apart_under_a_policy_that_does_not_join_them()
    {
        var graph = new ActorGraph(_keys, VoicePolicy.Default with { JoinProbableIdentities = false });
        graph.Add(Actor("russia-mod"));
        graph.Add(Actor("spokesman") with { SameAs = [new IdentityLink { Actor = "russia-mod", Certainty = IdentityCertainty.Probable }] });

        Assert.NotEqual(graph.Get("russia-mod").Voice, graph.Get("spokesman").Voice);
    }

    [Fact]
    public void An_unknown_actor_is_its_own_voice_root_and_key()
    {
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("top"));

        var node = graph.Get("ghost");

        Assert.Equal(("ghost", false), (node.Voice, node.VoiceIsProbable));
        Assert.Equal(["ghost"], node.Roots);
        Assert.Equal([_keys.Intern("ghost")], node.RootKeys);
        Assert.Equal([_keys.Intern("ghost")], node.AncestorsOrSelf.ToArray());
        Assert.Equal(_keys.Intern("ghost"), node.Key);
    }
}
