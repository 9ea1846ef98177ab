using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>The statement positions of a report name statements of its claim: none fits a claim without statements,
/// and a denial's report has none — said once for the list, not once per position.</summary>
public class ReportStatementPositionTests
{
    [Fact]
    public void Position_0_of_a_claim_without_statements_names_a_statement_it_does_not_have()
    {
        var document = Document with { Claims = [A10Claim with { Statements = [], Reports = [IbtReport with { Statements = [0] }] }] };
        var issue = Assert.Single(ClaimValidation.Validate(document).Issues, i => i.Path == "claims[0].reports[0].statements[0]");
        Assert.Equal(ErrorCodes.StatementPosition, issue.Code);
        Assert.Contains("names statement 0, but the claim has 0 statements", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_denials_report_with_positions_is_one_issue_for_the_list()
    {
        var document = Document with { Denials = [UsaDenial with { Reports = [UsaDenial.Reports[0] with { Statements = [-1, 0, 0, 7] }] }] };
        IssueAssert.Exactly(document, (ErrorCodes.ReportStatementsOnDenial, "denials[0].reports[0].statements", "[4 items]"));
    }
}
