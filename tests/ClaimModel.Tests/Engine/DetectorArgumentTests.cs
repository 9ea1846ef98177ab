using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Tests.Support;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The batch and streaming analyses reject a null document sequence, a null document in it and a null
/// callback with an <see cref="ArgumentNullException"/> naming the parameter, with or without progress.</summary>
public sealed class DetectorArgumentTests
{
    [Fact]
    public void A_null_document_is_rejected_naming_it()
    {
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => ContradictionDetector.Analyze((ClaimDocument)null!)).ParamName);
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => ContradictionDetector.Analyze((ClaimDocument)null!, null)).ParamName);
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => ContradictionDetector.Analyze((ClaimDocument)null!, null, new Recorder<AnalysisProgress>())).ParamName);
    }

    [Fact]
    public void A_null_sequence_is_rejected_naming_it()
    {
        Assert.Equal("documents", Assert.Throws<ArgumentNullException>(() => ContradictionDetector.Analyze((IEnumerable<ClaimDocument>)null!)).ParamName);
        Assert.Equal("documents", Assert.Throws<ArgumentNullException>(() => ContradictionDetector.Analyze((IEnumerable<ClaimDocument>)null!, null, new Recorder<AnalysisProgress>())).ParamName);
        Assert.Equal("documents", Assert.Throws<ArgumentNullException>(() => DisputeAnalyzer.AnalyzeStreaming(null!, null, _ => { })).ParamName);
    }

    [Fact]
    public void A_null_document_in_the_sequence_is_rejected_naming_the_sequence()
    {
        Assert.Equal("documents", Assert.Throws<ArgumentNullException>(() => ContradictionDetector.Analyze([Document(), null!], null, new Recorder<AnalysisProgress>())).ParamName);
        Assert.Equal("documents", Assert.Throws<ArgumentNullException>(() => DisputeAnalyzer.AnalyzeStreaming([Document(), null!], null, _ => { })).ParamName);
    }

    [Fact]
    public void A_null_callback_is_rejected_naming_it()
    {
        var document = Mixed();

        Assert.Equal("onFinding", Assert.Throws<ArgumentNullException>(() => DisputeAnalyzer.AnalyzeStreaming([document], null, null!)).ParamName);
        Assert.Equal("onFinding", Assert.Throws<ArgumentNullException>(() => ContradictionDetector.AnalyzeStreaming([Document()], null, null!, out _)).ParamName);
    }
}
