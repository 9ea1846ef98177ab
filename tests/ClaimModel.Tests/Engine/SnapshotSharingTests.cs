using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>An add publishes a new <see cref="IndexSnapshot"/> holding the counts it changed; its
/// <see cref="SnapshotShared"/> part is the one before when the add changed none of it (a claim that finds nothing),
/// and a new one holding the new counts and copies when it did (a denial, a source).</summary>
public sealed class SnapshotSharingTests
{
    [Fact]
    public void A_claim_that_changes_only_counts_shares_the_part_before_and_a_denial_replaces_it()
    {
        var index = new ContradictionIndex();
        index.AddDocument(Document([Claim("c1", "russia", "i1", Did("usa"))]));
        var before = index.PublishedSnapshot;

        Assert.Empty(index.AddClaim(Claim("c2", "sohr", "i2", Did("syria"))));
        var afterClaim = index.PublishedSnapshot;

        Assert.NotSame(before, afterClaim);
        Assert.Same(before.Shared, afterClaim.Shared);
        Assert.Equal((before.Claims + 1, before.Count, before.FigureCount), (afterClaim.Claims, afterClaim.Count, afterClaim.FigureCount));
        Assert.Equal(2, index.GetReport().ClaimCount);

        Assert.NotEmpty(index.AddDenial(Denial("d1", "usa", "i1", null, "c1")));
        var afterDenial = index.PublishedSnapshot;

        Assert.NotSame(afterClaim.Shared, afterDenial.Shared);
        Assert.Equal(1, afterDenial.Denials);
        Assert.Equal(afterClaim.Count + 1, afterDenial.Count);
        Assert.Equal(1, index.GetReport().DenialCount);
    }

    [Fact]
    public void A_source_added_since_the_last_add_is_in_a_new_shared_part()
    {
        var index = new ContradictionIndex();
        index.AddDocument(Document([Claim("c1", "russia", "i1", Did("usa"))]));
        var before = index.PublishedSnapshot;

        index.AddSource(Source("s2"));
        index.AddClaim(Claim("c2", "sohr", "i2", Did("syria"), source: "s2"));
        var after = index.PublishedSnapshot;

        Assert.NotSame(before.Shared, after.Shared);
        Assert.True(after.Sources.ContainsKey("s2"));
        Assert.False(before.Sources.ContainsKey("s2"));
        Assert.Same(before.Findings, after.Findings);
    }
}
