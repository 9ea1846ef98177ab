using System.Globalization;
using ClaimModel.Validation;

namespace ClaimModel.Tests.Validation;

/// <summary>Validation walks affiliations and <c>partOf</c> links iteratively: million-long chains and wide
/// diamonds validate on a thread-pool thread (a smaller stack than the main thread's), and a cycle closed at
/// the far end is found once.</summary>
[Trait("Category", "Heavy")]
public class LongGraphValidationTests
{
    private const int Length = 1_000_000;

    [Fact]
    public async Task Affiliation_chain_of_a_million_actors_is_valid_and_closing_it_is_one_cycle()
    {
        var actors = new Actor[Length];
        for (var i = 0; i < Length; i++)
        {
            actors[i] = i + 1 < Length ? Member(Id(i), Id(i + 1)) : new Actor { Id = Id(i), Name = "n", Kind = ActorKind.Person };
        }

        var valid = await Task.Run(() => ClaimValidation.Validate(new ClaimDocument { Actors = actors }));
        Assert.True(valid.IsValid, valid.Format());

        actors[^1] = Member(Id(Length - 1), Id(0));
        var outcome = await Task.Run(() => ClaimValidation.Validate(new ClaimDocument { Actors = actors }));
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal((ErrorCodes.AffiliationCycle, "actors[999999].affiliations[0].actor", "n0"), (issue.Code, issue.Path, issue.Value));
        Assert.Contains("→ … (999937 more) … →", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartOf_chain_of_a_million_incidents_is_valid_and_closing_it_is_one_cycle()
    {
        var incidents = new Incident[Length];
        for (var i = 0; i < Length; i++)
        {
            incidents[i] = Incident(Id(i), i + 1 < Length ? Id(i + 1) : null);
        }

        var valid = await Task.Run(() => ClaimValidation.Validate(new ClaimDocument { Incidents = incidents }));
        Assert.True(valid.IsValid, valid.Format());

        incidents[^1] = Incident(Id(Length - 1), Id(0));
        var outcome = await Task.Run(() => ClaimValidation.Validate(new ClaimDocument { Incidents = incidents }));
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal((ErrorCodes.PartOfCycle, "incidents[999999].partOf", "n0"), (issue.Code, issue.Path, issue.Value));
    }

    [Fact]
    public async Task Wide_and_deep_affiliation_diamonds_are_valid_and_one_back_edge_is_one_cycle()
    {
        // A ladder: two actors per level, each a member of both actors of the level above (2^levels paths),
        // and a fan: one actor that is a member of 10,000 actors that are members of one top.
        const int Levels = 100_000;
        const int Width = 10_000;
        var actors = new List<Actor>();
        for (var level = 0; level < Levels; level++)
        {
            foreach (var side in "ab")
            {
                actors.Add(level + 1 < Levels
                    ? new Actor { Id = Rung(level, side), Name = "n", Kind = ActorKind.Person, Affiliations = [Of(Rung(level + 1, 'a')), Of(Rung(level + 1, 'b'))] }
                    : new Actor { Id = Rung(level, side), Name = "n", Kind = ActorKind.Person });
            }
        }

        actors.Add(new Actor { Id = "top", Name = "n", Kind = ActorKind.Person });
        actors.Add(new Actor { Id = "fan", Name = "n", Kind = ActorKind.Person, Affiliations = ValueList.From(Enumerable.Range(0, Width).Select(i => Of(Id(i)))) });
        actors.AddRange(Enumerable.Range(0, Width).Select(i => Member(Id(i), "top")));

        var valid = await Task.Run(() => ClaimValidation.Validate(new ClaimDocument { Actors = [.. actors] }));
        Assert.True(valid.IsValid, valid.Format());

        var n5 = actors.FindIndex(a => a.Id == "n5");
        actors[n5] = Member("n5", "top") with { Affiliations = [Of("top"), Of("fan")] };
        actors[2 * Levels - 1] = Member(Rung(Levels - 1, 'b'), Rung(0, 'a'));
        var outcome = await Task.Run(() => ClaimValidation.Validate(new ClaimDocument { Actors = [.. actors] }));
        Assert.Equal(
            [
                (ErrorCodes.AffiliationCycle, $"actors[{2 * Levels - 1}].affiliations[0].actor", Rung(0, 'a')),
                (ErrorCodes.AffiliationCycle, $"actors[{n5}].affiliations[1].actor", "fan"),
            ],
            outcome.Issues.Select(i => (i.Code, i.Path, i.Value)).Order());
        Assert.Contains(outcome.Issues, i => i.Message.EndsWith(": fan → n5 → fan", StringComparison.Ordinal));
    }

    private static string Id(int i) => "n" + i.ToString(CultureInfo.InvariantCulture);

    private static string Rung(int level, char side) => "r" + level.ToString(CultureInfo.InvariantCulture) + side;

    private static Affiliation Of(string parent) => new() { Actor = parent, Relation = AffiliationRelation.MemberOf };

    private static Actor Member(string id, string parent) => new() { Id = id, Name = id, Kind = ActorKind.Person, Affiliations = [Of(parent)] };

    private static Incident Incident(string id, string? partOf) =>
        new() { Id = id, Kind = IncidentKind.Airstrike, Title = id, PartOf = partOf };
}
