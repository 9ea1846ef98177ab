using ClaimModel.Engine;
using ClaimModel.Tests.Support;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>A finding's origins are the distinct claimants of its participants, sorted ordinally: one origin when one
/// claimant speaks on both sides, and sorted whichever participant comes first in canonical order. The engine takes
/// them on the first read, which may come before or after the explanation's, on any thread.</summary>
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

    [Fact]
    public void Origins_read_after_the_explanation_are_the_claimants_sorted()
    {
        var index = new ContradictionIndex();
        index.AddClaim(Claim("c1", "usa", "i1", Did("russia")));
        var finding = Assert.Single(index.AddDenial(Denial("d1", "russia", "i1", Did("russia"))));

        Assert.NotEmpty(finding.Explanation);
        Assert.Equal(["russia", "usa"], finding.Origins);
        Assert.Equal(["russia", "usa"], index.GetReport().Findings[0].Origins);
    }

    [Fact]
    public void A_copy_with_another_explanation_keeps_the_origins()
    {
        var finding = Assert.Single(ContradictionDetector.Analyze(Document([Claim("c1", "usa", "i1", Did("russia"))], [Denial("d1", "russia", "i1", Did("russia"))])).Findings);

        var copy = finding with { Explanation = "rewritten" };

        Assert.Equal(["russia", "usa"], copy.Origins);
        Assert.Equal(["russia", "usa"], finding.Origins);
    }

    [Fact]
    public async Task Origins_read_on_several_threads_while_explanations_are_built_are_the_claimants_sorted()
    {
        var document = ClaimModel.Synthetic.SyntheticCorpus.Generate(3_000, seed: 11);
        var expected = ContradictionDetector.Analyze(document).Findings.Select(f => f.Origins).ToArray();
        var racing = ContradictionDetector.Analyze(document).Findings;
        Assert.True(racing.Count > 1_000, $"{racing.Count} findings");

        const int Threads = 4;
        var mismatches = await RacingReaders.Run(Threads, racing.Count, (t, i) =>
        {
            // Half the threads build the explanation first, half read the origins first, at the same findings.
            var finding = racing[i];
            if (t % 2 == 0)
            {
                _ = finding.Explanation;
            }

            return finding.Origins.Equals(expected[i]);
        });

        Assert.Equal(new int[Threads], mismatches);
    }
}
