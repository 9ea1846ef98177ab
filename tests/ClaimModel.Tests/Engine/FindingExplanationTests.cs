using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The engine builds a finding's explanation when it is first read: the finding must behave exactly
/// as one whose explanation was set — equality, hashing, <c>with</c>, printing — and concurrent first reads
/// must agree.</summary>
public class FindingExplanationTests
{
    private static Finding OneFinding() =>
        Assert.Single(ContradictionDetector.Analyze(Document([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "usa", "i1", Did("usa"))])).Findings);

    private static Finding Eager(Finding finding) => new()
    {
        Kind = finding.Kind,
        Severity = finding.Severity,
        Incident = finding.Incident,
        Participants = finding.Participants,
        Origins = finding.Origins,
        Explanation = finding.Explanation,
    };

    [Fact]
    public void A_finding_not_yet_explained_equals_one_built_with_the_same_explanation()
    {
        var expected = Eager(OneFinding());
        var unread = OneFinding();

        Assert.True(unread.Equals(expected));
        Assert.True(expected.Equals(unread));
        Assert.Equal(expected.GetHashCode(), OneFinding().GetHashCode());
        Assert.Equal(
            "USA (side coalition) denies in d1 claim c1 by KONASHENKOV (side russia) that USA carried it out, negating the same statement on the same incident.",
            unread.Explanation);
    }

    [Fact]
    public void Findings_differing_only_in_explanation_are_not_equal()
    {
        var finding = OneFinding();

        Assert.NotEqual(finding, finding with { Explanation = "another text" });
        Assert.Equal("another text", (finding with { Explanation = "another text" }).Explanation);
        Assert.Equal(finding, finding with { });
    }

    [Fact]
    public void An_explanation_set_to_null_is_rejected()
    {
        var finding = OneFinding();

        Assert.Throws<ArgumentNullException>(() => finding with { Explanation = null! });
    }

    [Fact]
    public void Printing_a_finding_shows_its_explanation()
    {
        var finding = OneFinding();

        Assert.Contains("Explanation = USA (side coalition) denies in d1", finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_first_reads_of_many_explanations_give_the_text_of_a_single_read()
    {
        var claims = Enumerable.Range(0, 200).Select(i => Claim("c" + i, "konashenkov", "i1", Did("usa"))).ToArray();
        var document = Document(claims, [Denial("d1", "usa", "i1", Did("usa"))]);
        var expected = ContradictionDetector.Analyze(document).Findings.Select(f => f.Explanation).ToArray();
        var findings = ContradictionDetector.Analyze(document).Findings;

        using var start = new Barrier(4);
        var reads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            return findings.Select(f => f.Explanation).ToArray();
        })));

        Assert.All(reads, texts => Assert.Equal(expected, texts));
    }
}
