using System.Globalization;
using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>The text of a cycle in its issue: every id with <c> → </c>, back to the first, up to
/// <see cref="CycleFinder.MaxShownIds"/> ids; a longer one shows its first and last halves around
/// <c>… (n more) …</c>. Affiliations, <c>partOf</c> links and updates, at the edge that closes the cycle.</summary>
public class CycleTextTests
{
    /// <summary>The ids of a closed chain of <paramref name="length"/> records, as the cycle's text lists them.</summary>
    private static List<string> Ids(string prefix, int length) =>
        [.. Enumerable.Range(0, length).Select(i => Id(prefix, i)), Id(prefix, 0)];

    private static string Id(string prefix, int i) => prefix + i.ToString(CultureInfo.InvariantCulture);

    private static string Next(string prefix, int i, int length) => Id(prefix, (i + 1) % length);

    private static ClaimDocument AffiliationRing(int length) =>
        WithActors([.. Enumerable.Range(0, length).Select(i => new Actor
        {
            Id = Id("n", i),
            Name = Id("N", i),
            Kind = ActorKind.Ministry,
            Affiliations = [new Affiliation { Actor = Next("n", i, length), Relation = AffiliationRelation.PartOf }],
        })]);

    private static ClaimDocument PartOfRing(int length) =>
        Document with { Incidents = [Bombing, .. Enumerable.Range(0, length).Select(i => Bombing with { Id = Id("i", i), PartOf = Next("i", i, length) })] };

    private static ClaimDocument UpdateRing(int length) =>
        Document with
        {
            Claims = [.. Enumerable.Range(0, length).Select(i => A10Claim with { Id = Id("k", i), Supersedes = [Next("k", i, length)] })],
            Denials = [],
        };

    [Fact]
    public void A_cycle_of_as_many_ids_as_are_shown_lists_every_id()
    {
        var length = CycleFinder.MaxShownIds - 1;
        var issue = Assert.Single(ClaimValidation.Validate(AffiliationRing(length)).Issues);

        Assert.Equal((ErrorCodes.AffiliationCycle, $"actors[{length + 2}].affiliations[0].actor", "n0"), (issue.Code, issue.Path, issue.Value));
        Assert.Equal("closes an affiliation cycle (affiliations must form a hierarchy): " + string.Join(" → ", Ids("n", length)), issue.Message);
    }

    [Fact]
    public void A_cycle_of_one_id_more_than_shown_skips_one_id_in_the_middle()
    {
        var length = CycleFinder.MaxShownIds;
        var ids = Ids("n", length);
        var issue = Assert.Single(ClaimValidation.Validate(AffiliationRing(length)).Issues);

        Assert.Equal(
            "closes an affiliation cycle (affiliations must form a hierarchy): "
            + string.Join(" → ", ids.Take(32)) + " → … (1 more) … → " + string.Join(" → ", ids.Skip(33)),
            issue.Message);
    }

    [Fact]
    public void A_long_partOf_cycle_shows_its_first_and_last_32_ids()
    {
        const int Length = 100;
        var ids = Ids("i", Length);
        var issue = Assert.Single(ClaimValidation.Validate(PartOfRing(Length)).Issues);

        Assert.Equal((ErrorCodes.PartOfCycle, $"incidents[{Length}].partOf", "i0"), (issue.Code, issue.Path, issue.Value));
        Assert.Equal(
            "closes a partOf cycle (an incident cannot be part of itself): "
            + string.Join(" → ", ids.Take(32)) + " → … (37 more) … → " + string.Join(" → ", ids.TakeLast(32)),
            issue.Message);
    }

    [Fact]
    public void A_partOf_cycle_as_long_as_is_shown_lists_every_id()
    {
        var length = CycleFinder.MaxShownIds - 1;
        var issue = Assert.Single(ClaimValidation.Validate(PartOfRing(length)).Issues);

        Assert.Equal("closes a partOf cycle (an incident cannot be part of itself): " + string.Join(" → ", Ids("i", length)), issue.Message);
    }

    [Fact]
    public void A_long_update_cycle_shows_its_first_and_last_32_ids()
    {
        const int Length = 70;
        var ids = Ids("k", Length);
        var issue = Assert.Single(ClaimValidation.Validate(UpdateRing(Length)).Issues);

        Assert.Equal((ErrorCodes.UpdateCycle, $"claims[{Length - 1}].supersedes[0]", "k0"), (issue.Code, issue.Path, issue.Value));
        Assert.Equal(
            "closes a cycle of updates (a claim can only supersede or retract earlier claims): "
            + string.Join(" → ", ids.Take(32)) + " → … (7 more) … → " + string.Join(" → ", ids.TakeLast(32)),
            issue.Message);
    }

    [Fact]
    public void A_cycle_that_starts_below_the_first_record_lists_only_its_own_ids()
    {
        // a0 → a1 → a2 → a1: the walk from a0 closes the cycle at a2, and the text starts at a1.
        var document = WithActors(
            new Actor { Id = "a0", Name = "A0", Kind = ActorKind.Ministry, Affiliations = [new Affiliation { Actor = "a1", Relation = AffiliationRelation.PartOf }] },
            new Actor { Id = "a1", Name = "A1", Kind = ActorKind.Ministry, Affiliations = [new Affiliation { Actor = "a2", Relation = AffiliationRelation.PartOf }] },
            new Actor { Id = "a2", Name = "A2", Kind = ActorKind.Ministry, Affiliations = [new Affiliation { Actor = "russia", Relation = AffiliationRelation.PartOf }, new Affiliation { Actor = "a1", Relation = AffiliationRelation.PartOf }] });
        var issue = Assert.Single(ClaimValidation.Validate(document).Issues);

        Assert.Equal((ErrorCodes.AffiliationCycle, "actors[5].affiliations[1].actor", "a1"), (issue.Code, issue.Path, issue.Value));
        Assert.EndsWith(": a1 → a2 → a1", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partOf_cycle_reached_from_a_chain_lists_only_its_own_ids()
    {
        // i0 → i1 → i2 → i1, then i3 → i1 joins the cycle already found.
        var document = Document with
        {
            Incidents =
            [
                Bombing,
                Bombing with { Id = "i0", PartOf = "i1" },
                Bombing with { Id = "i1", PartOf = "i2" },
                Bombing with { Id = "i2", PartOf = "i1" },
                Bombing with { Id = "i3", PartOf = "i1" },
            ],
        };
        var issue = Assert.Single(ClaimValidation.Validate(document).Issues);

        Assert.Equal((ErrorCodes.PartOfCycle, "incidents[3].partOf", "i1"), (issue.Code, issue.Path, issue.Value));
        Assert.EndsWith(": i1 → i2 → i1", issue.Message, StringComparison.Ordinal);
    }
}
