using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>An actor above or below another by two affiliation paths (a diamond) is counted once: one side, one
/// ancestor entry, one descendant, one finding per denial (<see cref="ActorGraph"/>).</summary>
public class ActorReachedByTwoPathsTests
{
    private static readonly Actor[] Diamond =
    [
        Actor("top"),
        Actor("left", ("top", AffiliationRelation.PartOf)),
        Actor("right", ("top", AffiliationRelation.MemberOf)),
        Actor("bottom", ("left", AffiliationRelation.PartOf), ("right", AffiliationRelation.PartOf)),
    ];

    [Fact]
    public void The_bottom_of_a_diamond_has_the_top_once_as_its_side_and_each_ancestor_once()
    {
        var keys = new KeyInterner();
        var graph = new ActorGraph(keys);
        foreach (var actor in Diamond)
        {
            graph.Add(actor);
        }

        var node = graph.Get("bottom");

        Assert.Equal(["top"], node.Roots);
        Assert.Equal([keys.Intern("top")], node.RootKeys);
        Assert.Equal(
            new[] { "bottom", "left", "right", "top" }.Select(keys.Intern).Order(),
            node.AncestorsOrSelf.ToArray().Order());
    }

    [Fact]
    public void The_top_of_a_diamond_has_the_bottom_once_among_its_descendants()
    {
        var keys = new KeyInterner();
        var graph = new ActorGraph(keys);
        foreach (var actor in Diamond)
        {
            graph.Add(actor);
        }

        Assert.Equal(
            new[] { "top", "left", "right", "bottom" }.Select(keys.Intern),
            graph.DescendantsOrSelf(keys.Intern("top")).ToArray());
    }

    [Fact]
    public void An_actor_of_two_sides_shows_both_roots_in_ordinal_order()
    {
        var keys = new KeyInterner();
        var graph = new ActorGraph(keys);
        graph.Add(Actor("zeta"));
        graph.Add(Actor("alpha"));
        graph.Add(Actor("joint", ("zeta", AffiliationRelation.MemberOf), ("alpha", AffiliationRelation.MemberOf)));

        var node = graph.Get("joint");

        Assert.Equal(["alpha", "zeta"], node.Roots);
        Assert.Equal([keys.Intern("alpha"), keys.Intern("zeta")], node.RootKeys);
        Assert.Equal("alpha+zeta", node.Side);
    }

    [Fact]
    public void A_denial_of_the_top_meets_a_claim_about_the_bottom_once()
    {
        var index = new ContradictionIndex();
        index.AddIncident(Incident("i1"));
        foreach (var actor in Diamond)
        {
            index.AddActor(actor);
        }

        index.AddActor(Actor("sohr"));
        index.AddActor(Actor("syria"));
        index.AddClaim(Claim("c-bottom", "sohr", "i1", Did("bottom")));

        var findings = index.AddDenial(Denial("d-top", "top", "i1", Did("top")));

        var finding = Assert.Single(findings);
        Assert.Equal(FindingKind.Denial, finding.Kind);
        Assert.Equal(["c-bottom", "d-top"], finding.Participants.Select(p => p.Id).Order(StringComparer.Ordinal));
    }
}
