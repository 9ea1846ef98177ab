using System.Globalization;
using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>The statement rules at their edges: a repeated actor found by comparing pairs (up to 16 actors) and by a
/// set (more), at the later mention only; <c>either-of</c> warns for one actor, not none or two; statement positions
/// and <c>claimId#n</c> references counted against a claim of several statements.</summary>
public class StatementBoundaryTests
{
    private static string P(int i) => "p" + i.ToString(CultureInfo.InvariantCulture);

    private static ClaimDocument WithNamedActors(int count, params string[] statementActors) =>
        WithActors([.. Enumerable.Range(0, count).Select(i => Warren with { Id = P(i) })]) with
        {
            Claims = [A10Claim with { Statements = [new ResponsibilityStatement { Actors = [.. statementActors] }] }],
            Denials = [],
        };

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void A_repeated_actor_is_reported_at_each_later_mention_however_many_actors_are_named(int count)
    {
        var named = Enumerable.Range(0, count).Select(P).ToList();
        named[count - 1] = P(0);
        named[count / 2] = P(1);

        IssueAssert.Exactly(
            WithNamedActors(count, [.. named]),
            (ErrorCodes.ActorRepeated, $"claims[0].statements[0].actors[{count / 2}]", "p1"),
            (ErrorCodes.ActorRepeated, $"claims[0].statements[0].actors[{count - 1}]", "p0"));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    public void Distinct_actors_either_side_of_the_pairwise_limit_are_valid(int count) =>
        IssueAssert.Valid(WithNamedActors(count, [.. Enumerable.Range(0, count).Select(P)]));

    [Theory]
    [InlineData(3)]
    [InlineData(20)]
    public void A_null_actor_is_reported_once_and_is_no_repeat_of_another_null(int count)
    {
        var named = Enumerable.Range(0, count).Select(P).ToList();
        named[0] = null!;
        named[2] = null!;

        IssueAssert.Exactly(
            WithNamedActors(count, [.. named]),
            (ErrorCodes.ElementNull, "claims[0].statements[0].actors[0]", null),
            (ErrorCodes.ElementNull, "claims[0].statements[0].actors[2]", null));
    }

    [Fact]
    public void Either_of_naming_no_actor_is_only_the_missing_actors()
    {
        var outcome = ClaimValidation.Validate(WithStatement(new ResponsibilityStatement { Actors = [], Combination = ActorCombination.EitherOf }));

        IssueAssert.Exactly(outcome, (ErrorCodes.ActorsEmpty, "claims[0].statements[0].actors", "[]"));
    }

    [Fact]
    public void Jointly_naming_one_actor_is_no_warning() =>
        IssueAssert.Valid(WithStatement(new ResponsibilityStatement { Actors = ["usa"], Combination = ActorCombination.Jointly }));

    [Fact]
    public void Either_of_on_a_presence_statement_naming_one_actor_is_a_warning()
    {
        var outcome = ClaimValidation.Validate(WithStatement(new PresenceStatement { Actors = ["usa"], Present = true, Combination = ActorCombination.EitherOf }));

        var issue = Assert.Single(outcome.Issues);
        Assert.Equal((ErrorCodes.CombinationSingleActor, "claims[0].statements[0].combination", IssueSeverity.Warning), (issue.Code, issue.Path, issue.Severity));
        Assert.True(outcome.IsValid);
    }

    /// <summary>The example claim with three statements.</summary>
    private static Claim ThreeStatements => A10Claim with
    {
        Statements = [A10Claim.Statements[0], new TextStatement { Text = "a second" }, new TextStatement { Text = "a third" }],
    };

    [Fact]
    public void A_statement_reference_to_the_last_statement_is_valid_and_one_past_it_names_the_count_in_the_plural()
    {
        IssueAssert.Valid(Document with { Claims = [ThreeStatements, Presence], Denials = [UsaDenial with { DeniedClaims = ["c-a10#2"] }] });

        var outcome = ClaimValidation.Validate(Document with { Claims = [ThreeStatements, Presence], Denials = [UsaDenial with { DeniedClaims = ["c-a10#0", "c-a10#3"] }] });

        var issue = Assert.Single(outcome.Issues);
        Assert.Equal(
            "error statement-position denials[0].deniedClaims[1]: names statement 3, but the claim has 3 statements: positions count from 0 (value: \"c-a10#3\")",
            issue.ToString());
    }

    [Fact]
    public void A_report_position_one_past_the_last_statement_names_the_count_in_the_plural()
    {
        IssueAssert.Valid(Document with { Claims = [ThreeStatements with { Reports = [IbtReport with { Statements = [0, 2] }] }, Presence] });

        var outcome = ClaimValidation.Validate(Document with { Claims = [ThreeStatements with { Reports = [IbtReport with { Statements = [1, 3] }] }, Presence] });

        var issue = Assert.Single(outcome.Issues);
        Assert.Equal(
            "error statement-position claims[0].reports[0].statements[1]: names statement 3, but the claim has 3 statements: positions count from 0 (value: \"3\")",
            issue.ToString());
    }

    [Fact]
    public void After_a_position_out_of_range_the_order_is_judged_against_the_last_valid_position()
    {
        // 2 is valid, 5 is out of range (not remembered), 1 is below 2: out of order.
        var outcome = ClaimValidation.Validate(Document with { Claims = [ThreeStatements with { Reports = [IbtReport with { Statements = [2, 5, 1] }] }, Presence] });

        IssueAssert.Exactly(
            outcome,
            (ErrorCodes.StatementPosition, "claims[0].reports[0].statements[1]", "5"),
            (ErrorCodes.ReportStatementsOrder, "claims[0].reports[0].statements[2]", "1"));
    }

    [Fact]
    public void A_repeated_position_does_not_move_the_order_on()
    {
        // 1, 1 (repeat), 2: only the repeat is reported.
        var outcome = ClaimValidation.Validate(Document with { Claims = [ThreeStatements with { Reports = [IbtReport with { Statements = [1, 1, 2] }] }, Presence] });

        IssueAssert.Exactly(outcome, (ErrorCodes.ReportStatementsOrder, "claims[0].reports[0].statements[1]", "1"));
    }

    [Theory]
    [InlineData("usa#5", ErrorCodes.ReferenceWrongKind, "usa")]
    [InlineData("ghost#5", ErrorCodes.ReferenceDangling, "ghost")]
    [InlineData("d-usa#5", ErrorCodes.ReferenceWrongKind, "d-usa")]
    public void A_statement_reference_to_no_claim_is_not_also_judged_for_its_position(string reference, string code, string value)
    {
        var document = Document with { Claims = [A10Claim, A10Claim with { Id = "c-2" }], Denials = [UsaDenial with { DeniedClaims = [reference] }] };

        IssueAssert.Exactly(document, (code, "denials[0].deniedClaims[0]", value));
    }

    [Fact]
    public void A_denial_validated_alone_does_not_resolve_its_statement_references()
    {
        var result = DenialValidator.Instance.Validate(UsaDenial with { DeniedClaims = ["c-a10#9", "ghost#0"] });

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }
}
