using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Every add of the index rejects a null record with an <see cref="ArgumentNullException"/> naming the
/// parameter, and leaves the index as it was; the batch rejects a null document in its sequence naming the
/// sequence.</summary>
public class IndexArgumentTests
{
    [Fact]
    public void Each_add_rejects_null_naming_its_parameter_and_changes_nothing()
    {
        var index = new ContradictionIndex();
        index.AddDocument(Mixed());
        var report = index.GetReport();

        Assert.Equal("actor", Assert.Throws<ArgumentNullException>(() => index.AddActor(null!)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => index.AddSource(null!)).ParamName);
        Assert.Equal("incident", Assert.Throws<ArgumentNullException>(() => index.AddIncident(null!)).ParamName);
        Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => index.AddClaim(null!)).ParamName);
        Assert.Equal("denial", Assert.Throws<ArgumentNullException>(() => index.AddDenial(null!)).ParamName);
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => index.AddDocument(null!)).ParamName);

        Assert.Same(report, index.GetReport());
        Assert.Equal(ContradictionDetector.Analyze(Mixed()), index.GetReport());
    }

    [Fact]
    public void The_batch_rejects_a_null_document_in_its_sequence_naming_the_sequence()
    {
        Assert.Equal("documents", Assert.Throws<ArgumentNullException>(() => ContradictionDetector.Analyze([Mixed(), null!])).ParamName);
        Assert.Equal("documents", Assert.Throws<ArgumentNullException>(() => ContradictionDetector.Analyze([null!, Mixed()])).ParamName);
    }
}
