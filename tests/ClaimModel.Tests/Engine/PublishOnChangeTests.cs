using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The index publishes a new report only when something changed: adding a claim or denial whose id it already
/// has changes nothing and returns nothing, so the report instance stays; sources and incidents added since the last
/// report are in the next one.</summary>
public class PublishOnChangeTests
{
    [Fact]
    public void Records_added_again_by_id_change_nothing_and_keep_the_report_instance()
    {
        var document = Mixed();
        var index = new ContradictionIndex(new DetectionOptions { IncludeConsistentComparisons = true });
        index.AddDocument(document);
        var report = index.GetReport();

        Assert.Empty(index.AddClaim(document.Claims[0]));
        Assert.Same(report, index.GetReport());
        Assert.Empty(index.AddClaim(document.Claims[2] with { Statements = [Did("sohr")] }));
        Assert.Same(report, index.GetReport());
        Assert.Empty(index.AddDenial(document.Denials[0]));
        Assert.Same(report, index.GetReport());
        Assert.Equal(ContradictionDetector.Analyze(document, new DetectionOptions { IncludeConsistentComparisons = true }), report);
    }

    [Fact]
    public void Sources_and_incidents_added_since_the_last_report_are_in_the_next_and_then_kept()
    {
        var index = new ContradictionIndex();
        index.AddDocument(Mixed());
        var before = index.GetReport();
        Assert.False(before.SourceRecords.ContainsKey("s2"));

        index.AddSource(Source("s2"));
        index.AddIncident(Incident("i9", "Idlib"));
        index.AddClaim(Claim("c9", "sohr", "i9", Did("syria"), source: "s2"));
        var after = index.GetReport();

        Assert.NotSame(before, after);
        Assert.Equal("Outlet s2", after.SourceRecords["s2"].Outlet);
        Assert.Equal("Idlib", after.IncidentRecords["i9"].Place!.Name);
        Assert.Equal(["src", "s2"], after.SourceRecords.Keys.Order(StringComparer.Ordinal).Reverse());

        // Nothing changed since: a known claim added again publishes nothing.
        Assert.Empty(index.AddClaim(Claim("c9", "sohr", "i9", Did("syria"), source: "s2")));
        Assert.Same(after, index.GetReport());
    }
}
