using System.Globalization;
using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>How the index files claims for denials and absences: under the actors a statement names, looked up
/// down the affiliations (a denial or an absence reaches the claims of the actors below it) and up them (a claim
/// reaches the denials and absences of the actors above it), so that every order of adds finds the same pairs —
/// also for actors named only as a parent, in cycles of affiliations and for actors added between claims.</summary>
public class FilingTests
{
    [Fact]
    public void A_denial_of_an_actor_named_only_as_a_parent_reaches_its_claims_in_every_order()
    {
        // "ghost" is no actor of the document; "unit" is part of it.
        Claim[] claims = [Claim("c-ghost", "sohr", "i1", Did("ghost")), Claim("c-unit", "sohr", "i1", Did("unit"))];
        Denial[] denials = [Denial("d-ghost", "syria", "i1", Did("ghost"))];

        var claimsFirst = Pairs(Analyse(claims, denials, denialsFirst: false));
        var denialsFirst = Pairs(Analyse(claims, denials, denialsFirst: true));

        Assert.Equal(["c-ghost d-ghost", "c-unit d-ghost"], claimsFirst);
        Assert.Equal(claimsFirst, denialsFirst);
        Assert.Equal(claimsFirst, Pairs(ContradictionDetector.Analyze(Document(claims, denials) with { Actors = Context() })));
    }

    [Fact]
    public void A_denial_of_presence_of_an_actor_named_only_as_a_parent_reaches_its_claims_in_every_order()
    {
        var there = new PresenceStatement { Actors = ["ghost"], Present = true };
        Claim[] claims = [Claim("c-ghost", "sohr", "i1", there), Claim("c-unit", "sohr", "i1", there with { Actors = ["unit"] })];
        Denial[] denials = [Denial("d-ghost", "syria", "i1", there)];

        Assert.Equal(["c-ghost d-ghost", "c-unit d-ghost"], Pairs(Analyse(claims, denials, denialsFirst: false)));
        Assert.Equal(["c-ghost d-ghost", "c-unit d-ghost"], Pairs(Analyse(claims, denials, denialsFirst: true)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Absences_and_acts_along_a_chain_pair_every_act_with_the_absences_above_it_in_either_order(bool actsFirst)
    {
        // a-0 part of a-1 … part of a-(n−1); each was not there and each did it: n(n+1)/2 presence conflicts.
        const int N = 30;
        var absences = Enumerable.Range(0, N).Select(i => Claim(Name("absent-", i), "sohr", "i1", NotWithin(Name("a-", i)))).ToArray();
        var acts = Enumerable.Range(0, N).Select(i => Claim(Name("acting-", i), "sohr", "i1", Did(Name("a-", i)))).ToArray();
        var index = new ContradictionIndex();
        index.AddDocument(Document(incidents: [Incident("i1")]) with { Actors = ChainActors(N) });
        foreach (var claim in actsFirst ? acts.Concat(absences) : absences.Concat(acts))
        {
            index.AddClaim(claim);
        }

        var pairs = index.GetReport().Findings.Where(f => f.Kind == FindingKind.PresenceConflict).Select(Pair).ToHashSet();

        var expected = new HashSet<string>(StringComparer.Ordinal);
        for (var acting = 0; acting < N; acting++)
        {
            for (var absent = acting; absent < N; absent++)
            {
                expected.Add(string.Join(" ", new[] { Name("absent-", absent), Name("acting-", acting) }.Order(StringComparer.Ordinal)));
            }
        }

        Assert.Equal(N * (N + 1) / 2, pairs.Count);
        Assert.Equal(expected, pairs);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_absence_reaches_an_act_of_an_actor_affiliated_after_either_was_added(bool absenceFirst)
    {
        var index = new ContradictionIndex();
        index.AddDocument(Document(incidents: [Incident("i1")]) with { Actors = [Actor("sohr"), Actor("top")] });
        var absence = Claim("c-absent", "sohr", "i1", NotWithin("top"));
        var acting = Claim("c-acting", "sohr", "i1", Did("bottom"));

        index.AddClaim(absenceFirst ? absence : acting);
        index.AddActor(Actor("bottom", ("top", AffiliationRelation.PartOf)));
        var created = index.AddClaim(absenceFirst ? acting : absence);

        Assert.Equal([(FindingKind.PresenceConflict, "c-absent c-acting")], created.Select(f => (f.Kind, Pair(f))));
    }

    [Fact]
    public void A_cycle_of_single_affiliations_is_walked_once_and_its_actors_reach_each_other()
    {
        // a part of b part of c part of a: each is above the others.
        Actor[] cycle = [Actor("a", ("b", AffiliationRelation.PartOf)), Actor("b", ("c", AffiliationRelation.PartOf)), Actor("c", ("a", AffiliationRelation.PartOf))];
        Claim[] claims = [Claim("c-a", "sohr", "i1", Did("a")), Claim("c-b", "sohr", "i1", Did("b"))];
        Denial[] denials = [Denial("d-c", "syria", "i1", Did("c"))];
        var document = Document(claims, denials) with { Actors = [.. cycle, Actor("sohr"), Actor("syria")] };

        var report = ContradictionDetector.Analyze(document);

        Assert.Equal(["c-a d-c", "c-b d-c"], Pairs(report));
    }

    private static ContradictionReport Analyse(Claim[] claims, Denial[] denials, bool denialsFirst)
    {
        var index = new ContradictionIndex();
        index.AddDocument(Document(incidents: [Incident("i1")]) with { Actors = Context() });
        if (denialsFirst)
        {
            Array.ForEach(denials, d => index.AddDenial(d));
        }

        Array.ForEach(claims, c => index.AddClaim(c));
        if (!denialsFirst)
        {
            Array.ForEach(denials, d => index.AddDenial(d));
        }

        return index.GetReport();
    }

    private static ValueList<Actor> Context() => [Actor("unit", ("ghost", AffiliationRelation.PartOf)), Actor("sohr"), Actor("syria")];

    private static ValueList<Actor> ChainActors(int n) =>
        [.. Enumerable.Range(0, n).Select(i => i + 1 < n ? Actor(Name("a-", i), (Name("a-", i + 1), AffiliationRelation.PartOf)) : Actor(Name("a-", i))), Actor("sohr")];

    private static string[] Pairs(ContradictionReport report) =>
        [.. report.Findings.Where(f => f.Kind == FindingKind.Denial).Select(Pair).Order(StringComparer.Ordinal)];

    private static string Pair(Finding finding) => string.Join(" ", finding.Participants.Select(p => p.Id).Order(StringComparer.Ordinal));

    private static string Name(string prefix, int i) => prefix + i.ToString(CultureInfo.InvariantCulture);
}
