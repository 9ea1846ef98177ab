using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The nodes of a chain of single affiliations (<see cref="ActorNode"/>): each is linked to the node of its
/// parent and shares its side, so a chain of n actors costs O(n); the ancestors-or-self (<see cref="AncestorKeys"/>)
/// are the keys up the links, then the array of the node the chain ends at, each once; an actor is an affiliate of
/// itself and of every actor above it, and of none below.</summary>
public class ChainNodeLinkTests
{
    private readonly KeyInterner _keys = new();

    private ActorGraph Chain()
    {
        // bottom -> middle -> top, and top is part of two roots: the chain ends at top, walked in full.
        var graph = new ActorGraph(_keys);
        graph.Add(Actor("bottom", ("middle", AffiliationRelation.PartOf)));
        graph.Add(Actor("middle", ("top", AffiliationRelation.PartOf)));
        graph.Add(Actor("top", ("uk", AffiliationRelation.MemberOf), ("us", AffiliationRelation.MemberOf)));
        return graph;
    }

    [Fact]
    public void A_node_of_the_chain_is_linked_to_its_parents_node_and_shares_its_side()
    {
        var graph = Chain();

        var bottom = graph.Get("bottom");
        var middle = graph.Get("middle");
        var top = graph.Get("top");

        Assert.Same(middle, bottom.Parent);
        Assert.Same(top, middle.Parent);
        Assert.Null(top.Parent);
        Assert.Same(top, bottom.Base);
        Assert.Same(top.RootKeys, bottom.RootKeys);
        Assert.Equal(["uk", "us"], bottom.Roots);
        Assert.Equal("uk+us", bottom.Side);
        Assert.Equal("BOTTOM (side uk+us)", bottom.Who);
    }

    [Fact]
    public void The_ancestors_are_the_keys_up_the_links_then_the_ends_array_each_once()
    {
        var graph = Chain();
        int[] expected = [.. new[] { "bottom", "middle", "top", "uk", "us" }.Select(_keys.Intern)];

        var ancestors = graph.Get("bottom").AncestorsOrSelf;

        Assert.Equal(5, ancestors.Count);
        Assert.Equal(expected, ancestors.ToArray());
        var walked = new List<int>();
        foreach (var key in ancestors)
        {
            walked.Add(key);
        }

        Assert.Equal(expected, walked);
        Assert.Equal(expected[2..], graph.Get("top").AncestorsOrSelf.ToArray());
        Assert.Equal(expected[2..], graph.Get("top").OwnAncestors.ToArray());
    }

    [Fact]
    public void An_actor_is_an_affiliate_of_itself_and_of_every_actor_above_it_and_of_none_below()
    {
        var graph = Chain();
        var bottom = graph.Get("bottom");
        var top = graph.Get("top");

        foreach (var id in new[] { "bottom", "middle", "top", "uk", "us" })
        {
            Assert.True(bottom.IsAffiliateOf(_keys.Intern(id)), id);
        }

        Assert.True(top.IsAffiliateOf(_keys.Intern("top")));
        Assert.False(top.IsAffiliateOf(_keys.Intern("middle")));
        Assert.False(graph.Get("middle").IsAffiliateOf(_keys.Intern("bottom")));
        Assert.False(bottom.IsAffiliateOf(_keys.Intern("elsewhere")));
    }

    [Fact]
    public void Actors_are_related_when_one_is_at_or_above_the_other_and_share_a_side_when_they_share_a_root()
    {
        var graph = Chain();
        graph.Add(Actor("other", ("us", AffiliationRelation.MemberOf)));
        graph.Add(Actor("stranger"));
        var bottom = graph.Get("bottom");
        var top = graph.Get("top");
        var other = graph.Get("other");
        var stranger = graph.Get("stranger");

        Assert.True(ActorNode.AnyRelated([stranger, bottom], [top]));
        Assert.True(ActorNode.AnyRelated([top], [stranger, bottom]));
        Assert.False(ActorNode.AnyRelated([other], [bottom]));
        Assert.False(ActorNode.AnyRelated([stranger], [bottom, other]));

        Assert.True(ActorNode.AnySharesSide([stranger, other], [bottom]));
        Assert.True(other.SharesSideWith(bottom));
        Assert.False(ActorNode.AnySharesSide([stranger], [bottom, other]));
        Assert.False(stranger.SharesSideWith(bottom));
    }
}
