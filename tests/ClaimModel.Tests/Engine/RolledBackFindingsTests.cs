using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Undoing a failed add clears only the findings it made: the findings kept before it — a few, or more than
/// a chunk of <see cref="CompactFindingChunks.Size"/> — read back unchanged, and the add succeeds when retried.</summary>
public sealed class RolledBackFindingsTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(CompactFindingChunks.Size + 76)]
    public void A_failed_add_after_many_findings_leaves_them_as_they_were(int kept)
    {
        var claims = Enumerable.Range(0, kept).Select(i => Claim("c-" + i, "konashenkov", "i1", Did("usa"))).ToArray();
        var document = Document(claims, [Denial("d-0", "usa", "i1", Did("usa")), Denial("d-pending", "usa", null, null, "c-late")]);
        var expected = ContradictionDetector.Analyze(document).Findings.Select(f => f.Id).ToArray();
        var index = new ContradictionIndex();
        index.AddDocument(document);
        Assert.Equal(kept, index.GetReport().Findings.Count);

        // c-late is denied by id by d-pending: that finding is made, then its second target (null) throws.
        var hospital = new Target { Kind = TargetKind.Hospital };
        var broken = Claim("c-late", "russia", "i1", new TargetStatement { Targets = [hospital, null!] });
        Assert.Throws<NullReferenceException>(() => index.AddClaim(broken));

        Assert.Equal(expected, index.GetReport().Findings.Select(f => f.Id));
        Assert.Single(index.AddClaim(broken with { Statements = [new TargetStatement { Targets = [hospital] }] }));
        Assert.Equal(kept + 1, index.GetReport().Findings.Count);
    }
}
