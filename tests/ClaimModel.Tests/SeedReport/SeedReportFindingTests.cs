using ClaimModel.Engine;
using static ClaimModel.Tests.SeedReport.SeedAnalysis;

namespace ClaimModel.Tests.SeedReport;

/// <summary>The cases DESIGN.md says the seed report must show (or must not), by kind and participant ids.</summary>
public class SeedReportFindingTests
{
    [Theory]
    [InlineData("d-state-dept-official-no-us-missions")]
    [InlineData("d-coalition-spokesman-denies")]
    [InlineData("d-us-officials-no-coalition-aircraft")]
    public void US_denials_of_the_A10_claim_are_denial_findings(string denial)
    {
        var finding = Single("c-konashenkov-a10", denial);

        Assert.Equal(FindingKind.Denial, finding.Kind);
        Assert.Equal("aleppo-bombing-2016-02-10", finding.Incident);
        Assert.Equal(["russia"], finding.Participants[0].Sides);
        Assert.Equal(["us-led-coalition"], finding.Participants[1].Sides);
    }

    [Theory]
    [InlineData("c-konashenkov-a10", "c-usa-russia-bombed-aleppo")]
    [InlineData("c-konashenkov-a10", "c-pentagon-russia-hit-hospitals")]
    [InlineData("c-russia-mod-us-bombed-aleppo", "c-usa-russia-bombed-aleppo")]
    [InlineData("c-russia-us-bombed-civilian-areas", "c-pentagon-russia-hit-hospitals")]
    public void US_and_Russia_name_each_other_for_the_10_February_bombing(string russian, string american)
    {
        var finding = Single(russian, american);

        Assert.Equal(FindingKind.ConflictingResponsibility, finding.Kind);
        Assert.Equal("aleppo-bombing-2016-02-10", finding.Incident);
        Assert.Equal("usa", ((ResponsibilityStatement)Claim(russian).Statements[0]).Actors[0]);
        Assert.Equal("russia", ((ResponsibilityStatement)Claim(american).Statements[0]).Actors[0]);
    }

    [Fact]
    public void Russia_saying_none_of_its_warplanes_were_present_denies_the_Pentagons_hospital_claim()
    {
        var finding = Single("c-pentagon-russia-hit-hospitals", "d-russia-no-warplanes-present");

        Assert.Equal(FindingKind.Denial, finding.Kind);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal("denies that Russia's forces were at the incident's place", finding.Participants[1].Says);
    }

    [Theory]
    [InlineData("c-usa-alquds-damascus")]
    [InlineData("c-kerry-alquds-regime-pattern")]
    public void Al_Quds_is_blamed_on_the_Assad_government_by_the_US_and_on_the_US_led_coalition_by_Russia(string american)
    {
        var finding = Single("c-russia-alquds-coalition", american);

        Assert.Equal(FindingKind.ConflictingResponsibility, finding.Kind);
        Assert.Equal("al-quds-hospital-strike-2016-04", finding.Incident);
        Assert.Equal("syria-government", ((ResponsibilityStatement)Claim(american).Statements[0]).Actors[0]);
        Assert.Equal("us-led-coalition", ((ResponsibilityStatement)Claim("c-russia-alquds-coalition").Statements[0]).Actors[0]);
    }

    [Theory]
    [InlineData("c-usa-alquds-moscow", "d-russia-alquds-not-our-warplanes")]
    [InlineData("c-usa-alquds-moscow", "d-russia-mod-no-airstrikes-aleppo")]
    [InlineData("c-usa-alquds-damascus", "d-syria-alquds-not-our-warplanes")]
    [InlineData("c-kerry-alquds-regime-pattern", "d-syria-alquds-not-our-warplanes")]
    [InlineData("c-usa-alquds-damascus", "d-syrian-source-alquds-untrue")]
    [InlineData("c-kerry-alquds-regime-pattern", "d-syrian-source-alquds-untrue")]
    public void Russia_and_Syria_deny_the_al_Quds_accusations(string claim, string denial)
    {
        var finding = Single(claim, denial);

        Assert.Equal(FindingKind.Denial, finding.Kind);
        Assert.Equal("al-quds-hospital-strike-2016-04", finding.Incident);
    }

    [Fact]
    public void Turkeys_June_accusation_is_denied_by_Konashenkov()
    {
        var finding = Single("c-turkey-mfa-russia-struck-civilians-aleppo-june", "d-konashenkov-no-strikes-aleppo-june");

        Assert.Equal(FindingKind.Denial, finding.Kind);
        Assert.Equal("aleppo-strikes-2016-06-08", finding.Incident);
        Assert.Contains("naming the claim by id", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Would_never_strike_civilians_denies_exactly_the_accusations_of_striking_civilian_targets()
    {
        var findings = Outcome.Findings.Where(f => f.Participants.Any(p => p.Id == "d-konashenkov-never-strike-civilians-russia")).ToList();

        Assert.All(findings, f => Assert.Equal(FindingKind.Denial, f.Kind));
        Assert.Equal(
            [
                "c-abu-mahmoud-russia-strikes-residents",
                "c-hnc-russia-bombs-civilian-areas",
                "c-pentagon-russia-hit-hospitals",
                "c-turkey-mfa-russia-struck-civilians-aleppo-june",
                "c-turkey-mfa-russia-struck-mosques-hospitals-schools",
                "c-turkey-russia-killed-16-civilians",
                "c-usa-alquds-moscow",
            ],
            findings.Select(f => f.Participants[0].Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Would_never_strike_civilians_does_not_deny_that_Russia_bombed_Aleppo()
    {
        Assert.Empty(((ResponsibilityStatement)Claim("c-usa-russia-bombed-aleppo").Statements[0]).Targets);
        Assert.Empty(Between("c-usa-russia-bombed-aleppo", "d-konashenkov-never-strike-civilians-russia"));
    }

    [Fact]
    public void Exactly_510_sorties_and_more_than_510_are_a_figure_discrepancy()
    {
        var finding = Single("c-konashenkov-510-sorties", "c-russia-more-than-510-sorties");

        Assert.Equal(FindingKind.FigureDiscrepancy, finding.Kind);
        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Contains("[510, 510] sorties", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("(510, ∞) sorties", finding.Explanation, StringComparison.Ordinal);
    }
}
