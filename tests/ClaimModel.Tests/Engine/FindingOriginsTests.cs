using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>A finding's origins are the distinct claimants of its participants, sorted ordinally: one origin when one
/// claimant speaks on both sides, and sorted whichever participant comes first in canonical order.</summary>
public sealed class FindingOriginsTests
{
    [Fact]
    public void Origins_are_sorted_even_when_the_first_participants_claimant_sorts_last()
    {
        // c1 (by usa) comes before d1 (by russia) in canonical order; the origins are sorted.
        var finding = Assert.Single(ContradictionDetector.Analyze(Document([Claim("c1", "usa", "i1", Did("russia"))], [Denial("d1", "russia", "i1", Did("russia"))])).Findings);

        Assert.Equal(["c1", "d1"], finding.Participants.Select(p => p.Id));
        Assert.Equal(["russia", "usa"], finding.Origins);
    }

    [Fact]
    public void One_claimant_on_both_sides_is_one_origin()
    {
        var report = ContradictionDetector.Analyze(Document([Claim("c1", "usa", "i1", Did("russia"))], [Denial("d1", "usa", "i1", Did("russia"))]));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(["usa", "usa"], finding.Participants.Select(p => p.Claimant));
        Assert.Equal(["usa"], finding.Origins);
    }

    [Fact]
    public void Origins_of_every_finding_are_its_distinct_claimants_sorted()
    {
        foreach (var finding in ContradictionDetector.Analyze(Mixed()).Findings)
        {
            Assert.Equal(finding.Participants.Select(p => p.Claimant).Distinct().Order(StringComparer.Ordinal), finding.Origins);
        }
    }
}
