using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>An explanation ends with a note for each participant that was not asserted, both notes in canonical
/// participant order (by id), whichever role — absent or acting, exclusive or not — each plays in the sentence.</summary>
public class ExplanationModalityNotesTests
{
    private static readonly Figure About12Miles = Figure("distance-from-aleppo", "mi", FigureQualifier.Approximately, 12, "about 12 miles");

    private static Modality ModalityOf(string id) => id == "c1" ? Modality.Suggested : Modality.Hedged;

    [Theory]
    [InlineData("c1", "c2")]
    [InlineData("c2", "c1")]
    public void A_presence_conflict_of_two_hedged_claims_notes_both_in_id_order(string absentId, string actingId)
    {
        var report = ContradictionDetector.Analyze(Document(
            [Claim(absentId, "konashenkov", "i1", NotWithin("russia", About12Miles), ModalityOf(absentId)), Claim(actingId, "sohr", "i1", Did("russia"), ModalityOf(actingId))]));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.PresenceConflict, finding.Kind);
        Assert.StartsWith("KONASHENKOV (side russia) says", finding.Explanation, StringComparison.Ordinal);
        Assert.EndsWith("on the same incident. c1 is suggested, not asserted. c2 is hedged, not asserted.", finding.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c1", "c2")]
    [InlineData("c2", "c1")]
    public void A_target_conflict_of_two_hedged_accounts_notes_both_in_id_order(string exclusiveId, string otherId)
    {
        var only = new TargetStatement { Scope = TargetScope.Only, Targets = [new Target { Kind = TargetKind.Other, Name = "terrorists" }] };
        var other = new TargetStatement { Scope = TargetScope.Unstated, Targets = [new Target { Kind = TargetKind.Hospital }] };
        var report = ContradictionDetector.Analyze(Document(
            [Claim(exclusiveId, "konashenkov", "i1", only, ModalityOf(exclusiveId)), Claim(otherId, "sohr", "i1", other, ModalityOf(otherId))]));

        var finding = Assert.Single(report.Findings);
        Assert.StartsWith("KONASHENKOV (side russia) says only terrorists", finding.Explanation, StringComparison.Ordinal);
        Assert.EndsWith("which the first does not cover. c1 is suggested, not asserted. c2 is hedged, not asserted.", finding.Explanation, StringComparison.Ordinal);
    }
}
