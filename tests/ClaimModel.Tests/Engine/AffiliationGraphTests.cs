using System.Globalization;
using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The engine's walks over the affiliation graph: iterative (million-long chains on a thread-pool thread,
/// whose stack is smaller than the main thread's), each actor once however many paths reach it, and correct after
/// actors are added to a graph whose walks were already cached.</summary>
public class AffiliationGraphTests
{
    private const int ChainLength = 1_000_000;

    [Fact]
    [Trait("Category", "Heavy")]
    public async Task A_million_long_chain_gives_sides_and_denials_along_its_whole_length()
    {
        var report = await Task.Run(() => ContradictionDetector.Analyze(ChainDocument(
            ChainLength,
            claims:
            [
                Claim("c-bottom", Id(0), "i1", Did(Id(0))),
                Claim("c-top", "sohr", "i1", Did(Id(ChainLength - 1))),
                Claim("c-other", "sohr", "i1", Did("syria")),
            ],
            denials: [Denial("d-top", "syria", "i1", Did(Id(ChainLength - 1))), Denial("d-middle", "syria", "i1", Did(Id(ChainLength / 2)))])));

        Assert.Equal(
            [
                (FindingKind.Denial, "c-bottom d-middle"),
                (FindingKind.Denial, "c-bottom d-top"),
                (FindingKind.Denial, "c-top d-top"),
                (FindingKind.ConflictingResponsibility, "c-bottom c-other"),
            ],
            report.Findings.Select(Pair).Order());
        Assert.All(
            report.Findings.SelectMany(f => f.Participants).Where(p => p.Id == "c-bottom"),
            p => Assert.Equal([Id(ChainLength - 1)], p.Sides));
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public async Task A_wide_diamond_gives_one_side_and_one_finding_per_pair()
    {
        // bottom is part of 10,000 middles, each part of top: 10,000 paths from bottom to top.
        const int Width = 10_000;
        var actors = new List<Actor> { Actor("top"), Actor("bottom", [.. Enumerable.Range(0, Width).Select(i => (Id(i), AffiliationRelation.PartOf))]) };
        actors.AddRange(Enumerable.Range(0, Width).Select(i => Actor(Id(i), ("top", AffiliationRelation.PartOf))));
        var document = Document(
            claims: [Claim("c-bottom", "bottom", "i1", Did("bottom")), Claim("c-other", "sohr", "i1", Did("syria"))],
            denials: [Denial("d-top", "syria", "i1", Did("top")), Denial("d-middle", "syria", "i1", Did(Id(Width - 1)))]) with
        {
            Actors = [.. actors, Actor("sohr"), Actor("syria")],
        };

        var report = await Task.Run(() => ContradictionDetector.Analyze(document));

        Assert.Equal(
            [
                (FindingKind.Denial, "c-bottom d-middle"),
                (FindingKind.Denial, "c-bottom d-top"),
                (FindingKind.ConflictingResponsibility, "c-bottom c-other"),
            ],
            report.Findings.Select(Pair).Order());
        Assert.All(report.Findings, f => Assert.Equal(["top"], f.Participants.Single(p => p.Id == "c-bottom").Sides));
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public async Task A_deep_ladder_of_diamonds_is_walked_once_per_actor()
    {
        // Two actors per level, each part of both actors of the level above: 2^Levels paths from the bottom.
        const int Levels = 100_000;
        var actors = new List<Actor>(2 * Levels);
        for (var level = 0; level < Levels; level++)
        {
            (string, AffiliationRelation)[] parents = level + 1 < Levels
                ? [(Rung(level + 1, 'a'), AffiliationRelation.PartOf), (Rung(level + 1, 'b'), AffiliationRelation.PartOf)]
                : [];
            actors.Add(Actor(Rung(level, 'a'), parents));
            actors.Add(Actor(Rung(level, 'b'), parents));
        }

        var document = Document(
            claims: [Claim("c-bottom", Rung(0, 'a'), "i1", Did(Rung(0, 'a'))), Claim("c-other", "sohr", "i1", Did("syria"))],
            denials: [Denial("d-top", "syria", "i1", Did(Rung(Levels - 1, 'b')))]) with
        {
            Actors = [.. actors, Actor("sohr"), Actor("syria")],
        };

        var report = await Task.Run(() => ContradictionDetector.Analyze(document));

        Assert.Equal(
            [(FindingKind.Denial, "c-bottom d-top"), (FindingKind.ConflictingResponsibility, "c-bottom c-other")],
            report.Findings.Select(Pair).Order());
        Assert.Equal(
            [Rung(Levels - 1, 'a'), Rung(Levels - 1, 'b')],
            report.Findings[0].Participants.Single(p => p.Id == "c-bottom").Sides);
    }

    [Fact]
    public void A_denial_after_actors_were_added_covers_them_although_an_earlier_denial_built_the_graph_walks()
    {
        var index = new ContradictionIndex();
        index.AddIncident(Incident("i1"));
        index.AddActor(Actor("top"));
        index.AddActor(Actor("middle", ("top", AffiliationRelation.PartOf)));
        Assert.Empty(index.AddClaim(Claim("c-middle", "sohr", "i1", Did("middle"))));
        Assert.Single(index.AddDenial(Denial("d-1", "syria", "i1", Did("top"))));

        index.AddActor(Actor("bottom", ("middle", AffiliationRelation.PartOf)));
        Assert.Single(index.AddClaim(Claim("c-bottom", "sohr", "i1", Did("bottom"))));
        var second = index.AddDenial(Denial("d-2", "syria", "i1", Did("top")));

        Assert.Equal(["c-bottom", "c-middle"], second.Select(f => f.Participants.Single(p => p.Role == ParticipantRole.Claim).Id).Order());
    }

    [Fact]
    public void Sides_follow_actors_added_after_a_claim_cached_the_walk()
    {
        var index = new ContradictionIndex();
        index.AddIncident(Incident("i1"));
        index.AddActor(Actor("bottom", ("middle", AffiliationRelation.PartOf)));
        index.AddActor(Actor("syria"));
        index.AddClaim(Claim("c-before", "bottom", "i1", Did("bottom")));

        index.AddActor(Actor("middle", ("top", AffiliationRelation.PartOf)));
        index.AddActor(Actor("top"));
        index.AddClaim(Claim("c-after", "bottom", "i1", Did("bottom")));
        index.AddClaim(Claim("c-other", "syria", "i1", Did("syria")));

        var sides = index.GetReport().Findings
            .SelectMany(f => f.Participants)
            .Where(p => p.Id is "c-before" or "c-after")
            .DistinctBy(p => p.Id)
            .ToDictionary(p => p.Id, p => string.Join("+", p.Sides));
        Assert.Equal(new Dictionary<string, string> { ["c-after"] = "top", ["c-before"] = "middle" }, sides);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parents_added_before_or_after_their_members_give_the_same_report(bool parentsFirst)
    {
        Actor[] actors =
        [
            Actor("top"),
            Actor("left", ("top", AffiliationRelation.PartOf)),
            Actor("right", ("top", AffiliationRelation.MemberOf)),
            Actor("bottom", ("left", AffiliationRelation.PartOf), ("right", AffiliationRelation.PartOf)),
            Actor("syria"),
        ];
        var index = new ContradictionIndex();
        index.AddIncident(Incident("i1"));
        foreach (var actor in parentsFirst ? actors : actors.Reverse())
        {
            index.AddActor(actor);
        }

        index.AddDenial(Denial("d-left", "syria", "i1", Did("left")));
        index.AddClaim(Claim("c-bottom", "bottom", "i1", Did("bottom")));
        index.AddClaim(Claim("c-right", "right", "i1", Did("right")));
        index.AddDenial(Denial("d-top", "syria", "i1", Did("top")));

        Assert.Equal(
            [("c-bottom", "d-left", "top"), ("c-bottom", "d-top", "top"), ("c-right", "d-top", "top")],
            index.GetReport().Findings
                .Select(f => (f.Participants.Single(p => p.Role == ParticipantRole.Claim), f.Participants.Single(p => p.Role == ParticipantRole.Denial).Id))
                .Select(x => (x.Item1.Id, x.Item2, string.Join("+", x.Item1.Sides)))
                .Order());
    }

    /// <summary>The kind and the participant ids, sorted and joined by a space.</summary>
    private static (FindingKind Kind, string Ids) Pair(Finding finding) =>
        (finding.Kind, string.Join(" ", finding.Participants.Select(p => p.Id).Order(StringComparer.Ordinal)));

    private static string Id(int i) => "n" + i.ToString(CultureInfo.InvariantCulture);

    private static string Rung(int level, char which) => "r" + level.ToString(CultureInfo.InvariantCulture) + which;

    /// <summary>n0 part of n1 part of … n(length−1), plus sohr and syria, with the given claims and denials.</summary>
    private static ClaimDocument ChainDocument(int length, Claim[] claims, Denial[]? denials = null)
    {
        var actors = new Actor[length + 2];
        for (var i = 0; i < length; i++)
        {
            actors[i] = i + 1 < length ? Actor(Id(i), (Id(i + 1), AffiliationRelation.PartOf)) : Actor(Id(i));
        }

        actors[length] = Actor("sohr");
        actors[length + 1] = Actor("syria");
        return Document(claims, denials) with { Actors = actors };
    }
}
