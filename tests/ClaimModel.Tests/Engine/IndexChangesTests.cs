using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>A read of the index's change log (<see cref="IndexChanges"/>) is empty only when it holds neither a
/// revision nor a re-voiced actor id.</summary>
public class IndexChangesTests
{
    [Fact]
    public void Changes_are_empty_only_without_revisions_and_without_revoiced_ids()
    {
        var revision = new ClaimRevision { Claim = "c2", Kind = RevisionKind.Superseded, By = "c3" };

        Assert.True(new IndexChanges(default, default, default).IsEmpty);
        Assert.False(new IndexChanges(default, new[] { "kerry" }, default).IsEmpty);
        Assert.False(new IndexChanges(new[] { revision }, default, default).IsEmpty);
        Assert.False(new IndexChanges(new[] { revision }, new[] { "kerry" }, default).IsEmpty);
    }
}
