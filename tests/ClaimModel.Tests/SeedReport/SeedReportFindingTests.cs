using ClaimModel.Engine;
using static ClaimModel.Tests.SeedReport.SeedAnalysis;

namespace ClaimModel.Tests.SeedReport;

/// <summary>The cases DESIGN.md says the seed report must show (or must not), by kind and participant references
/// (<c>claimId#n</c> for one statement of an utterance of several).</summary>
public class SeedReportFindingTests
{
    [Theory]
    [InlineData("d-state-dept-official-no-us-missions")]
    [InlineData("d-coalition-spokesman-denies")]
    [InlineData("d-us-officials-no-coalition-aircraft")]
    public void US_denials_of_the_A10_utterance_are_one_denial_finding_each_against_the_whole_utterance(string denial)
    {
        var finding = Single("c-konashenkov-a10", denial);

        Assert.Equal(FindingKind.Denial, finding.Kind);
        Assert.Equal("aleppo-bombing-2016-02-10", finding.Incident);
        Assert.Null(finding.Participants[0].Statement);
        Assert.Equal(["russia"], finding.Participants[0].Sides);
        Assert.Equal(["us-led-coalition"], finding.Participants[1].Sides);
        Assert.DoesNotContain(Outcome.Findings, f => f.Participants.Any(p => p.Id == denial) && f.Participants.Any(p => p.Reference.StartsWith("c-konashenkov-a10#", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_A10_utterance_is_described_with_all_four_statements_when_denied_as_a_whole()
    {
        var says = Single("c-konashenkov-a10", "d-state-dept-official-no-us-missions").Participants[0].Says;

        Assert.Equal(
            "United States carried it out, hitting objects; \"two American A-10 assault aircraft\" (aircraft, of United States); "
            + "it happened at the time reported as \"Yesterday, at 13:55 Moscow time (5:55 a.m. EST)\"; "
            + "The two US A-10s entered Syrian airspace from Turkey and flew straight to Aleppo.",
            says);
    }

    [Theory]
    [InlineData("c-konashenkov-a10#0", "c-usa-russia-bombed-aleppo")]
    [InlineData("c-konashenkov-a10#0", "c-pentagon-russia-hit-hospitals#0")]
    [InlineData("c-russia-mod-us-bombed-aleppo", "c-usa-russia-bombed-aleppo")]
    [InlineData("c-russia-us-bombed-civilian-areas", "c-pentagon-russia-hit-hospitals#0")]
    public void US_and_Russia_name_each_other_for_the_10_February_bombing(string russian, string american)
    {
        var finding = Single(russian, american);

        Assert.Equal(FindingKind.ConflictingResponsibility, finding.Kind);
        Assert.Equal("aleppo-bombing-2016-02-10", finding.Incident);
        Assert.Equal(["usa"], ((ResponsibilityStatement)Statement(russian)).Actors);
        Assert.Equal(["russia"], ((ResponsibilityStatement)Statement(american)).Actors);
    }

    [Fact]
    public void The_summary_of_the_A10_utterance_is_a_report_of_it_not_a_claim_of_its_own()
    {
        // The 001 article's "He went on to explicitly blame the United States" introduces the quote that follows: the
        // A-10 utterance's five findings (three denials of it, two responsibility conflicts of its statement 0) are no
        // longer repeated for a claim of the summary.
        Assert.DoesNotContain(Document.Claims, c => c.Id == "c-konashenkov-blames-us");
        Assert.Contains(Claim("c-konashenkov-a10").Reports, r => r.Quote.Exact == "He went on to explicitly blame the United States for the bombing.");
        Assert.Equal(5, Outcome.Findings.Count(f => f.Participants.Any(p => p.Id == "c-konashenkov-a10")));
    }

    [Fact]
    public void Russia_saying_none_of_its_warplanes_were_present_denies_the_Pentagons_hospital_statement_by_its_position()
    {
        var finding = Single("c-pentagon-russia-hit-hospitals#0", "d-russia-no-warplanes-present");

        Assert.Equal(FindingKind.Denial, finding.Kind);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(0, finding.Participants[0].Statement);
        Assert.Equal("denies that Russia's forces were at the incident's place", finding.Participants[1].Says);
        Assert.Contains("naming the claim by id", finding.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(Outcome.Findings, f => f.Participants.Any(p => p.Reference is "c-pentagon-russia-hit-hospitals#1" or "c-pentagon-russia-hit-hospitals#2"));
    }

    [Fact]
    public void The_US_officials_deny_only_the_coalition_half_of_Konashenkovs_20_km_utterance()
    {
        var finding = Single("c-konashenkov-no-russian-warplanes-20km#1", "d-us-officials-no-coalition-aircraft");

        Assert.Equal(FindingKind.Denial, finding.Kind);
        Assert.Empty(Between("c-konashenkov-no-russian-warplanes-20km#0", "d-us-officials-no-coalition-aircraft"));
        Assert.Equal(
            ["c-pentagon-russia-hit-hospitals#0", "c-usa-russia-bombed-aleppo"],
            Outcome.Findings.Where(f => f.Kind == FindingKind.PresenceConflict && f.Participants.Any(p => p.Reference == "c-konashenkov-no-russian-warplanes-20km#0"))
                .Select(f => f.Participants[1].Reference).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("c-usa-alquds-damascus-moscow")]
    [InlineData("c-kerry-alquds-regime-pattern")]
    public void Al_Quds_is_blamed_on_Damascus_by_the_US_and_on_the_US_led_coalition_by_Russia(string american)
    {
        var finding = Single("c-russia-alquds-coalition", american);

        Assert.Equal(FindingKind.ConflictingResponsibility, finding.Kind);
        Assert.Equal("al-quds-hospital-strike-2016-04", finding.Incident);
        Assert.Contains("syria-government", ((ResponsibilityStatement)Statement(american)).Actors);
        Assert.Equal(["us-led-coalition"], ((ResponsibilityStatement)Statement("c-russia-alquds-coalition")).Actors);
    }

    [Fact]
    public void Washingtons_accusation_of_Damascus_and_Moscow_is_one_finding_against_the_coalition_claim_naming_both()
    {
        var finding = Single("c-russia-alquds-coalition", "c-usa-alquds-damascus-moscow");

        Assert.Equal("Syrian government (Assad) and Russia carried it out, hitting al-Quds hospital", finding.Participants[1].Says);
        Assert.Contains("(sides us-led-coalition and syria, russia)", finding.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c-usa-alquds-damascus-moscow", "d-russia-alquds-not-our-warplanes")]
    [InlineData("c-usa-alquds-damascus-moscow", "d-russia-mod-no-airstrikes-aleppo")]
    [InlineData("c-usa-alquds-damascus-moscow", "d-syria-alquds-not-our-warplanes")]
    [InlineData("c-usa-alquds-damascus-moscow", "d-syrian-source-alquds-untrue")]
    [InlineData("c-kerry-alquds-regime-pattern", "d-syria-alquds-not-our-warplanes")]
    [InlineData("c-kerry-alquds-regime-pattern", "d-syrian-source-alquds-untrue")]
    public void Russia_and_Syria_deny_the_al_Quds_accusations(string claim, string denial)
    {
        var finding = Single(claim, denial);

        Assert.Equal(FindingKind.Denial, finding.Kind);
        Assert.Equal("al-quds-hospital-strike-2016-04", finding.Incident);
    }

    [Fact]
    public void Kerrys_deliberate_strike_is_said_with_its_intent()
    {
        var finding = Single("c-kerry-alquds-regime-pattern", "c-russia-alquds-coalition");

        Assert.Equal(Intent.Deliberate, ((ResponsibilityStatement)Statement("c-kerry-alquds-regime-pattern")).Intent);
        Assert.StartsWith("Syrian government (Assad) carried it out deliberate", finding.Participants[0].Says, StringComparison.Ordinal);
    }

    [Fact]
    public void Turkeys_June_accusation_is_denied_by_Konashenkov_naming_its_responsibility_statement()
    {
        var finding = Single("c-turkey-mfa-russia-struck-civilians-aleppo-june#0", "d-konashenkov-no-strikes-aleppo-june");

        Assert.Equal(FindingKind.Denial, finding.Kind);
        Assert.Equal("aleppo-strikes-2016-06-08", finding.Incident);
        Assert.Contains("naming the claim by id", finding.Explanation, StringComparison.Ordinal);
        Assert.IsType<OccurrenceStatement>(Statement("c-turkey-mfa-russia-struck-civilians-aleppo-june#1"));
        Assert.Empty(Between("c-turkey-mfa-russia-struck-civilians-aleppo-june#1", "d-konashenkov-no-strikes-aleppo-june"));
    }

    [Fact]
    public void Would_never_strike_civilians_is_one_denial_of_either_actor_and_denies_exactly_the_accusations_of_striking_civilian_targets()
    {
        var findings = Outcome.Findings.Where(f => f.Participants.Any(p => p.Id == "d-konashenkov-never-strike-civilians")).ToList();

        Assert.All(findings, f => Assert.Equal(FindingKind.Denial, f.Kind));
        Assert.All(findings, f => Assert.Equal("denies that Russia or Syrian Arab Army carried it out, hitting civilians", f.Participants[1].Says));
        Assert.Equal(
            [
                "c-abu-mahmoud-russia-strikes-residents#0",
                "c-hnc-russian-regime-aggression#1",
                "c-pentagon-russia-hit-hospitals#0",
                "c-turkey-mfa-russia-struck-civilians-aleppo-june#0",
                "c-turkey-mfa-russia-struck-mosques-hospitals-schools",
                "c-turkey-russia-killed-16-civilians#0",
                "c-usa-alquds-damascus-moscow",
            ],
            findings.Select(f => f.Participants[0].Reference).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Would_never_strike_civilians_does_not_deny_that_Russia_bombed_Aleppo_nor_the_untargeted_Russian_and_regime_aggression()
    {
        Assert.Empty(((ResponsibilityStatement)Statement("c-usa-russia-bombed-aleppo")).Targets);
        Assert.Empty(Between("c-usa-russia-bombed-aleppo", "d-konashenkov-never-strike-civilians"));
        Assert.Equal(["russia", "syria-government"], ((ResponsibilityStatement)Statement("c-hnc-russian-regime-aggression#0")).Actors);
        Assert.Empty(Between("c-hnc-russian-regime-aggression#0", "d-konashenkov-never-strike-civilians"));
    }

    [Fact]
    public void Exactly_510_sorties_and_more_than_510_are_a_figure_discrepancy_between_the_first_statements_of_two_utterances()
    {
        var finding = Single("c-konashenkov-510-sorties#0", "c-russia-more-than-510-sorties#0");

        Assert.Equal(FindingKind.FigureDiscrepancy, finding.Kind);
        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Contains("[510, 510] sorties", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("(510, ∞) sorties", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_counts_42_findings_by_kind()
    {
        Assert.Equal(57, Outcome.ClaimCount);
        Assert.Equal(11, Outcome.DenialCount);
        Assert.Equal(
            [(FindingKind.Denial, 27), (FindingKind.ConflictingResponsibility, 8), (FindingKind.PresenceConflict, 6), (FindingKind.FigureDiscrepancy, 1)],
            Outcome.Findings.GroupBy(f => f.Kind).Select(g => (g.Key, g.Count())).OrderByDescending(p => p.Item2));
        Assert.Equal(6, Outcome.ConsistentComparisons.Count);
    }
}
