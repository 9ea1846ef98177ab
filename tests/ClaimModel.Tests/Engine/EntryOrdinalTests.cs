using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Every entry of the index — a claim of one statement, each statement of a claim of several and that claim as a
/// whole — is a distinct participant of the pairs the index remembers: a denial naming claims of both shapes by id
/// reports each one once.</summary>
public class EntryOrdinalTests
{
    [Fact]
    public void A_denial_naming_claims_of_one_and_of_several_statements_by_id_reports_each()
    {
        var claims = new[]
        {
            Claim("a", "syria", "i1", Did("usa")) with { Statements = [Did("usa"), Occurred(Day(2016, 2, 10, "Asia/Damascus", 2))] },
            Claim("b", "syria", "i2", Did("usa")),
            Claim("c", "syria", "i3", Did("usa")),
            Claim("d", "syria", "i4", Did("usa")) with { Statements = [Did("usa"), Did("us-air-force"), Did("state-dept")] },
        };
        var denial = Denial("n", "usa", null, null, "a", "b", "c", "d");

        var batch = ContradictionDetector.Analyze(Document(claims, [denial]));
        var index = new ContradictionIndex();
        index.AddDocument(Document(claims));
        var added = index.AddDenial(denial);

        string[] expected = ["Denial a n", "Denial b n", "Denial c n", "Denial d n"];
        Assert.Equal(expected, batch.Findings.Select(f => f.Kind + " " + string.Join(" ", f.Participants.Select(p => p.Reference))));
        Assert.Equal(expected, added.Select(f => f.Kind + " " + string.Join(" ", f.Participants.Select(p => p.Reference))));
    }
}
