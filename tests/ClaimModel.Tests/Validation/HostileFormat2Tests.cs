using System.Globalization;
using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>Crafted hostile documents for the members of format 2 (statement lists, actor lists, identity links,
/// updates, statement references and positions, amendments): validation reports exactly these issues and never
/// throws. Each runs on a thread-pool thread (a smaller stack than the test runner's main thread), so recursion on
/// the data would fail here.</summary>
public class HostileFormat2Tests
{
    private const string E = ErrorCodes.ElementNull;
    private const string R = ErrorCodes.Required;
    private const int Long = 100_000;

    private static readonly Report RtReport = new() { Source = "rt", Quote = new Quote { Exact = "q" } };

    [Fact]
    public async Task Null_elements_in_every_new_list_are_reported()
    {
        var document = Document with
        {
            Actors = [Russia, Ministry, Usa with { SameAs = [null!] }],
            Claims = [A10Claim with { Statements = [new ResponsibilityStatement { Actors = [null!, "usa"] }], Supersedes = [null!], Retracts = [null!] }],
            Denials = [UsaDenial with { Statement = new PresenceStatement { Actors = [null!], Present = false } }],
            Amendments =
            [
                null!,
                new Amendment { Amends = "c-a10", Reports = [null!] },
                new Amendment { Amends = "usa", Aliases = [null!], Affiliations = [null!], SameAs = [null!] },
            ],
        };
        IssueAssert.Exactly(
            await OnThreadPool(document),
            (E, "actors[2].sameAs[0]", null),
            (E, "claims[0].statements[0].actors[0]", null),
            (E, "claims[0].supersedes[0]", null),
            (E, "claims[0].retracts[0]", null),
            (E, "denials[0].statement.actors[0]", null),
            (E, "amendments[0]", null),
            (E, "amendments[1].reports[0]", null),
            (E, "amendments[2].aliases[0]", null),
            (E, "amendments[2].affiliations[0]", null),
            (E, "amendments[2].sameAs[0]", null));
    }

    [Fact]
    public async Task Null_and_empty_members_of_new_records_are_reported()
    {
        var document = Document with
        {
            Actors = [Russia, Ministry, Usa with { Name = null, SameAs = [new IdentityLink { Actor = null!, Certainty = IdentityCertainty.Confirmed }] }],
            Claims = [A10Claim with { Statements = default }, Presence],
            Denials = [UsaDenial with { Place = new Place { Name = null!, Precision = PlacePrecision.City } }],
            Amendments = [new Amendment { Amends = null! }],
        };
        IssueAssert.Exactly(
            await OnThreadPool(document),
            (ErrorCodes.ActorNameOrDescription, "actors[2].name", null),
            (R, "actors[2].sameAs[0].actor", null),
            (ErrorCodes.StatementsEmpty, "claims[0].statements", "[]"),
            (R, "denials[0].place.name", null),
            (ErrorCodes.AmendmentEmpty, "amendments[0]", null),
            (R, "amendments[0].amends", null));
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public async Task Supersede_chain_of_100000_claims_is_valid_and_closing_it_is_one_cycle()
    {
        var claims = new Claim[Long];
        for (var i = 0; i < Long; i++)
        {
            claims[i] = Claim(Id(i), "russia-mod", i > 0 ? [Id(i - 1)] : []);
        }

        var document = new ClaimDocument { Actors = [Russia, Ministry], Sources = [Rt], Claims = claims };
        IssueAssert.Valid(await OnThreadPool(document));

        claims[0] = Claim(Id(0), "russia-mod", [Id(Long - 1)]);
        var outcome = await OnThreadPool(document with { Claims = claims });
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal((ErrorCodes.UpdateCycle, "claims[1].supersedes[0]", "n0"), (issue.Code, issue.Path, issue.Value));
        Assert.StartsWith("closes a cycle of updates (a claim can only supersede or retract earlier claims): n0 → n99999 → n99998 → ", issue.Message, StringComparison.Ordinal);
        Assert.EndsWith(" → n2 → n1 → n0", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public async Task Voices_joined_through_a_chain_of_100000_identity_links_may_update_each_other()
    {
        var actors = new Actor[Long + 1];
        for (var i = 0; i < Long; i++)
        {
            actors[i] = new Actor
            {
                Id = Id(i),
                Description = "a spokesman",
                Kind = ActorKind.Person,
                SameAs = i + 1 < Long ? [new IdentityLink { Actor = Id(i + 1), Certainty = IdentityCertainty.Probable }] : [],
            };
        }

        actors[^1] = Russia;
        var document = new ClaimDocument
        {
            Actors = actors,
            Sources = [Rt],
            Claims = [Claim("c0", Id(0), []), Claim("c1", Id(Long - 1), ["c0"]), Claim("c2", "russia", ["c1"])],
        };
        IssueAssert.Exactly(await OnThreadPool(document), (ErrorCodes.UpdateOtherVoice, "claims[2].supersedes[0]", "c1"));
    }

    [Fact]
    public async Task Self_links_are_each_reported()
    {
        var document = Document with
        {
            Actors = [Russia, Ministry, Usa with { SameAs = [new IdentityLink { Actor = "usa", Certainty = IdentityCertainty.Confirmed }] }],
            Claims = [A10Claim with { Supersedes = ["c-a10"], Retracts = ["c-a10"] }, Presence],
            Amendments = [new Amendment { Amends = "russia", SameAs = [new IdentityLink { Actor = "russia", Certainty = IdentityCertainty.Probable }] }],
        };
        IssueAssert.Exactly(
            await OnThreadPool(document),
            (ErrorCodes.IdentityConflict, "actors[2].sameAs[0].actor", "usa"),
            (ErrorCodes.UpdateCycle, "claims[0].supersedes[0]", "c-a10"),
            (ErrorCodes.UpdateCycle, "claims[0].retracts[0]", "c-a10"),
            (ErrorCodes.IdentityConflict, "amendments[0].sameAs[0].actor", "russia"));
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public async Task Claim_of_200000_statements_with_an_actor_list_of_100001_is_checked_in_full()
    {
        const int Statements = 200_000;
        var ids = Enumerable.Range(0, Long).Select(Id).ToArray();
        var statements = new Statement[Statements + 1];
        for (var i = 0; i < Statements; i++)
        {
            statements[i] = new TextStatement { Text = "t" };
        }

        statements[^1] = new ResponsibilityStatement { Actors = [.. ids, ids[0]] };
        var document = new ClaimDocument
        {
            Actors = [Russia, .. ids.Select(id => new Actor { Id = id, Name = id, Kind = ActorKind.ArmedGroup })],
            Sources = [Rt],
            Claims = [Claim("c-big", "russia", []) with { Statements = statements, Reports = [RtReport with { Statements = [.. Enumerable.Range(0, Statements + 1)] }] }],
            Denials = [new Denial { Id = "d", Claimant = "russia", DeniedClaims = ["c-big#200000", "c-big#200001"], Reports = [RtReport] }],
        };
        IssueAssert.Exactly(
            await OnThreadPool(document),
            (ErrorCodes.ActorRepeated, "claims[0].statements[200000].actors[100000]", "n0"),
            (ErrorCodes.StatementPosition, "denials[0].deniedClaims[1]", "c-big#200001"));
    }

    [Fact]
    public async Task Extreme_positions_references_and_times_are_issues_not_exceptions()
    {
        var document = Document with
        {
            Claims =
            [
                A10Claim with
                {
                    StatedAt = new TimeSpec { Start = DateTimeOffset.MaxValue, Precision = TimePrecision.Year },
                    Reports = [IbtReport with { Statements = [int.MaxValue, int.MinValue] }],
                },
                Presence with { StatedAt = new TimeSpec { Start = DateTimeOffset.MinValue, Precision = TimePrecision.Year }, Supersedes = ["c-a10"] },
                Presence with { Id = "c-3", StatedAt = new TimeSpec { Start = DateTimeOffset.MinValue, End = DateTimeOffset.MaxValue, Precision = (TimePrecision)99 }, Retracts = ["c-a10"] },
            ],
            Denials = [UsaDenial with { DeniedClaims = ["c-a10#999999999", "c-a10#9999999999", "c-a10#", "c-a10#٣"] }],
        };
        IssueAssert.Exactly(
            await OnThreadPool(document),
            (ErrorCodes.StatementPosition, "claims[0].reports[0].statements[0]", "2147483647"),
            (ErrorCodes.StatementPosition, "claims[0].reports[0].statements[1]", "-2147483648"),
            (ErrorCodes.UpdateOrder, "claims[1].supersedes[0]", "c-a10"),
            (ErrorCodes.EnumUndefined, "claims[2].statedAt.precision", "99"),
            (ErrorCodes.StatementPosition, "denials[0].deniedClaims[0]", "c-a10#999999999"),
            (ErrorCodes.StatementReferenceSyntax, "denials[0].deniedClaims[1]", "c-a10#9999999999"),
            (ErrorCodes.StatementReferenceSyntax, "denials[0].deniedClaims[2]", "c-a10#"),
            (ErrorCodes.StatementReferenceSyntax, "denials[0].deniedClaims[3]", "c-a10#٣"));
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public async Task Two_hundred_thousand_amendments_apply_and_the_one_broken_addition_is_reported_at_its_amendment()
    {
        const int Broken = 77_776;
        var amendments = new Amendment[2 * Long];
        for (var i = 0; i < Long; i++)
        {
            var report = RtReport with { Source = 2 * i == Broken ? "gone" : "rt", Quote = new Quote { Exact = "q" + i.ToString(CultureInfo.InvariantCulture) } };
            amendments[2 * i] = new Amendment { Amends = "c-a10", Reports = [report] };
            amendments[(2 * i) + 1] = new Amendment { Amends = "usa", Aliases = ["U.S."] };
        }

        var document = Document with { Amendments = amendments };
        IssueAssert.Exactly(await OnThreadPool(document), (ErrorCodes.ReferenceDangling, "amendments[77776].reports[0].source", "gone"));

        var applied = AmendmentApplier.Apply(document);
        Assert.Equal(Long + 1, applied.Claims[0].Reports.Count);
        Assert.Equal(["U.S."], applied.Actors[2].Aliases);
        Assert.Empty(applied.Amendments);
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public async Task Amendment_closing_an_affiliation_chain_of_100000_actors_is_one_cycle_at_the_amendment()
    {
        var actors = new Actor[Long];
        for (var i = 0; i < Long; i++)
        {
            actors[i] = new Actor
            {
                Id = Id(i),
                Name = Id(i),
                Kind = ActorKind.MilitaryUnit,
                Affiliations = i + 1 < Long ? [new Affiliation { Actor = Id(i + 1), Relation = AffiliationRelation.PartOf }] : [],
            };
        }

        var document = new ClaimDocument
        {
            Actors = actors,
            Amendments = [new Amendment { Amends = Id(Long - 1), Affiliations = [new Affiliation { Actor = Id(0), Relation = AffiliationRelation.PartOf }] }],
        };
        var outcome = await OnThreadPool(document);
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal((ErrorCodes.AffiliationCycle, "amendments[0].affiliations[0].actor", "n0"), (issue.Code, issue.Path, issue.Value));
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public async Task Identity_links_of_100000_actors_to_one_with_two_certainties_each_are_all_reported()
    {
        var actors = new Actor[Long + 1];
        actors[0] = Warren;
        for (var i = 1; i <= Long; i++)
        {
            actors[i] = Spokesman with
            {
                Id = Id(i),
                SameAs =
                [
                    new IdentityLink { Actor = "warren", Certainty = IdentityCertainty.Confirmed },
                    new IdentityLink { Actor = "warren", Certainty = IdentityCertainty.Probable },
                ],
            };
        }

        var outcome = await OnThreadPool(new ClaimDocument { Actors = actors });
        Assert.Equal(
            Enumerable.Range(1, Long).Select(i => (ErrorCodes.IdentityConflict, $"actors[{i}].sameAs[1].actor")),
            outcome.Issues.Select(i => (i.Code, i.Path)));
    }

    private static Task<ValidationOutcome> OnThreadPool(ClaimDocument document) => Task.Run(() => ClaimValidation.Validate(document));

    private static string Id(int i) => "n" + i.ToString(CultureInfo.InvariantCulture);

    private static Claim Claim(string id, string claimant, string[] supersedes) =>
        new() { Id = id, Claimant = claimant, Statements = [new TextStatement { Text = "t" }], Reports = [RtReport], Supersedes = supersedes };
}
