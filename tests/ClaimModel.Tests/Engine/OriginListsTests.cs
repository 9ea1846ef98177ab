using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>The origins of findings are one shared list per pair of claimants (either order), sorted ordinally, one
/// id when both are the same claimant; past <see cref="OriginLists.MaxKept"/> pairs each finding gets a list of its
/// own, with the same contents.</summary>
public sealed class OriginListsTests
{
    [Fact]
    public void A_pair_of_claimants_shares_one_sorted_list_in_either_order()
    {
        var (usa, russia) = (Node("usa"), Node("russia"));
        var origins = new OriginLists();

        var first = origins.Of(usa, russia);
        var second = origins.Of(russia, usa);

        Assert.Equal(["russia", "usa"], first);
        Assert.True(SameStorage(first, second));
        Assert.Equal(["usa"], origins.Of(usa, usa));
        Assert.True(SameStorage(origins.Of(usa, usa), origins.Of(usa, usa)));
    }

    [Fact]
    public void Past_the_kept_pairs_each_list_is_new_and_the_same()
    {
        var nodes = Enumerable.Range(0, 400).Select(i => Node("a" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var origins = new OriginLists();
        var pairs = 0;
        for (var i = 0; i < nodes.Length && pairs < OriginLists.MaxKept; i++)
        {
            for (var j = i + 1; j < nodes.Length && pairs < OriginLists.MaxKept; j++, pairs++)
            {
                _ = origins.Of(nodes[i], nodes[j]);
            }
        }

        var (x, y) = (nodes[^1], nodes[^2]);
        var late = origins.Of(x, y);

        Assert.Equal([y.Id, x.Id], late);
        Assert.False(SameStorage(late, origins.Of(x, y)));
        Assert.True(SameStorage(origins.Of(nodes[0], nodes[1]), origins.Of(nodes[1], nodes[0])));
    }

    [Fact]
    public void Findings_of_one_pair_of_claimants_share_their_origins()
    {
        var report = ContradictionDetector.Analyze(Build.Document(
            [Build.Claim("c1", "usa", "i1", Build.Did("russia")), Build.Claim("c2", "usa", "i2", Build.Did("russia"))],
            [Build.Denial("d1", "russia", "i1", Build.Did("russia")), Build.Denial("d2", "russia", "i2", Build.Did("russia"))]));

        Assert.Equal(2, report.Findings.Count);
        Assert.Equal(["russia", "usa"], report.Findings[0].Origins);
        Assert.True(SameStorage(report.Findings[0].Origins, report.Findings[1].Origins));
    }

    private static bool SameStorage(ValueList<string> a, ValueList<string> b) =>
        System.Runtime.CompilerServices.Unsafe.AreSame(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(a.AsSpan()),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(b.AsSpan()));

    private static ActorNode Node(string id) => new(id, id, 0, [], [], ValueList.Create<string>([id]), new VoiceCell(id, id, false));
}
