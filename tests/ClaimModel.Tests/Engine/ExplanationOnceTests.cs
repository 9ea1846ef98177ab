using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Reading a finding's explanation once (for writers) gives its explanation: the text given to a finding made
/// outside the engine, the text built for an engine finding, read before or after.</summary>
public sealed class ExplanationOnceTests
{
    [Fact]
    public void A_given_explanation_is_read_once_as_given()
    {
        var finding = Made(FindingKind.Denial, "i1", Participant("c1"), Participant("d1", ParticipantRole.Denial));

        Assert.Equal("made c1 d1", finding.ExplanationOnce);
        Assert.Equal("another", (ContradictionDetector.Analyze(Mixed()).Findings[0] with { Explanation = "another" }).ExplanationOnce);
    }

    [Fact]
    public void An_engine_explanation_is_read_once_as_built()
    {
        var expected = ContradictionDetector.Analyze(Mixed()).Findings.Select(f => f.Explanation).ToArray();
        var findings = ContradictionDetector.Analyze(Mixed()).Findings;

        Assert.Equal(expected, findings.Select(f => f.ExplanationOnce));
        Assert.Equal(expected, findings.Select(f => f.Explanation));
        Assert.Equal(expected, findings.Select(f => f.ExplanationOnce));
    }
}
