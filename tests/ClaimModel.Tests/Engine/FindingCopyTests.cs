using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>A finding of the engine derives its incident from its entries and builds its text and participants when
/// read; a copy that changes its incident or its explanation keeps every other member as the original shows it, and an
/// enum value no member can hold is refused with its value.</summary>
public sealed class FindingCopyTests
{
    private static Finding Denied() =>
        Assert.Single(ContradictionDetector.Analyze(Document([Claim("c1", "konashenkov", "i1", Did("usa"))], [Denial("d1", "usa", "i1", Did("usa"))])).Findings);

    /// <summary>An absence claim against an acting claim on i1 (its explanation's second entry).</summary>
    private static Finding Presence() =>
        Assert.Single(ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", "i1", NotWithin("russia", Figure("distance-from-aleppo", "mi", FigureQualifier.Approximately, 12, "about 12 miles"))),
             Claim("c2", "sohr", "i1", Did("russia"))])).Findings);

    [Fact]
    public void An_engine_finding_shows_the_incident_of_its_entries()
    {
        Assert.Equal("i1", Denied().Incident);
        var presence = Presence();
        Assert.Equal(FindingKind.PresenceConflict, presence.Kind);
        Assert.Equal("i1", presence.Incident);
    }

    [Fact]
    public void A_copy_with_another_incident_keeps_the_text_participants_and_origins()
    {
        var finding = Denied();
        var copy = finding with { Incident = "i2" };

        Assert.Equal("i2", copy.Incident);
        Assert.Equal("i1", finding.Incident);
        Assert.Equal(finding.Kind, copy.Kind);
        Assert.Equal(finding.Severity, copy.Severity);
        Assert.Equal(finding.Explanation, copy.Explanation);
        Assert.Equal(finding.Participants, copy.Participants);
        Assert.Equal(finding.Origins, copy.Origins);
        Assert.NotEqual(finding.Id, copy.Id); // the id hashes the incident
        Assert.Null((copy with { Incident = null }).Incident);
    }

    [Fact]
    public void A_copy_with_another_explanation_keeps_the_incident_and_participants()
    {
        var finding = Presence();
        var copy = finding with { Explanation = "Told otherwise." };

        Assert.Equal("Told otherwise.", copy.Explanation);
        Assert.Equal("i1", copy.Incident);
        Assert.Equal(finding.Participants, copy.Participants);
        Assert.Equal(finding.Id, copy.Id); // the id does not hash the explanation
        Assert.NotEqual("Told otherwise.", finding.Explanation);
    }

    [Fact]
    public void A_kind_or_severity_outside_the_enum_range_is_refused_with_its_value()
    {
        var finding = Denied();

        var kind = Assert.Throws<ArgumentOutOfRangeException>(() => finding with { Kind = (FindingKind)256 });
        Assert.Equal(256, Convert.ToInt32(kind.ActualValue, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("FindingKind", kind.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => finding with { Severity = (Severity)(-1) });
        Assert.Equal((FindingKind)255, (finding with { Kind = (FindingKind)255 }).Kind); // an unnamed value that fits is kept
    }
}
