using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

public class SeverityTests
{
    [Theory]
    [InlineData(FindingKind.Denial, false, Severity.High)]
    [InlineData(FindingKind.ConflictingResponsibility, false, Severity.High)]
    [InlineData(FindingKind.PresenceConflict, false, Severity.High)]
    [InlineData(FindingKind.SelfContradiction, false, Severity.High)]
    [InlineData(FindingKind.FigureConflict, false, Severity.Medium)]
    [InlineData(FindingKind.TimeConflict, false, Severity.Medium)]
    [InlineData(FindingKind.FigureDiscrepancy, false, Severity.Low)]
    [InlineData(FindingKind.Denial, true, Severity.Medium)]
    [InlineData(FindingKind.FigureConflict, true, Severity.Low)]
    [InlineData(FindingKind.FigureDiscrepancy, true, Severity.Info)]
    public void Severity_is_the_kinds_base_lowered_one_step_when_hedged(FindingKind kind, bool hedged, Severity expected)
    {
        Assert.Equal(expected, FindingBuilder.SeverityOf(kind, hedged));
    }
}
