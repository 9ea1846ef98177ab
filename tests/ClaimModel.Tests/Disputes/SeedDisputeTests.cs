using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Tests.SeedReport;

namespace ClaimModel.Tests.Disputes;

/// <summary>The disputes an analyst names for the seed articles, pinned by id, and what must not be one.</summary>
public sealed class SeedDisputeTests
{
    private static readonly Lazy<DisputeReport> Disputes = new(() => DisputeAnalyzer.Analyze(SeedAnalysis.Outcome));

    /// <summary>(question, incident, subject, status, accounts "answer: voices", denials "answer: voices").</summary>
    public static TheoryData<string, DisputeQuestion, string?, string?, DisputeStatus, string> Expected => new()
    {
        // Turkey's Foreign Ministry, no single incident: Russia struck mosques, hospitals, schools; "would never strike civilians".
        { "dsp-1fd9dcbb2168a0b2", DisputeQuestion.Perpetrator, null, null, DisputeStatus.DeniedByAccused, "by Russia: turkey-mfa | denies: russia-mod" },
        // Turkey (Feb 2016): Russia bombed; Russia's spokesman denies — the accused alone.
        { "dsp-cd16ea1de2c4b591", DisputeQuestion.Perpetrator, "turkey-alleged-russian-bombing-2016-02", null, DisputeStatus.DeniedByAccused, "by Russia: turkey | denies: russia-mod" },
        // Al-Quds hospital: the US names the regime (and Moscow), Putin names the coalition; Damascus and Moscow deny.
        { "dsp-188079ceaa1eb53b", DisputeQuestion.Perpetrator, "al-quds-hospital-strike-2016-04", null, DisputeStatus.Contested, "by Syrian government (Assad): us-state-dept; by Syrian government (Assad) and Russia: usa; by US-led anti-ISIS coalition: russia | denies: syria, syrian-army; denies: russia, russia-mod, syria, syrian-army" },
        // 10 Feb Aleppo: Russia says US A-10s, the US says Russia; each denies the other's account.
        { "dsp-c25e2cf45917f1fd", DisputeQuestion.Perpetrator, "aleppo-bombing-2016-02-10", null, DisputeStatus.Contested, "by Russia: pentagon?, usa; by United States: russia, russia-mod | denies: russia, russia-mod; denies: pentagon?, us-state-dept, usa" },
        // Were Russian planes near Aleppo: not within 12 miles (Konashenkov) against the US account that Russia struck.
        { "dsp-cf9732d279786ce2", DisputeQuestion.Presence, "aleppo-bombing-2016-02-10", "russia", DisputeStatus.Contested, "Russia's forces were not within about 12 miles of Aleppo: russia-mod; by Russia: pentagon?, usa |" },
        // Were coalition aircraft over Aleppo: Russia says so, the US officials deny.
        { "dsp-0890bbdd2d26b105", DisputeQuestion.Presence, "aleppo-bombing-2016-02-10", "us-led-coalition", DisputeStatus.DeniedByAccused, "US-led anti-ISIS coalition's forces were at Aleppo: russia-mod | denies: usa" },
        // Strikes on civilians in the Aleppo offensive: a local civil-defence head and the opposition's HNC, denied by Russia.
        { "dsp-c28a4da295ab4f40", DisputeQuestion.Perpetrator, "aleppo-offensive-2016-02", null, DisputeStatus.Corroborated, "by Russia: abu-mahmoud, hnc | denies: russia-mod" },
        // Turkey (June 2016): Russia struck Aleppo; Russia denies.
        { "dsp-a2f9b336f679c7bd", DisputeQuestion.Perpetrator, "aleppo-strikes-2016-06-08", null, DisputeStatus.DeniedByAccused, "by Russia: turkey-mfa | denies: russia-mod" },
        // 510 sorties (Konashenkov) against more than 510 (Putin): Russia's own accounts disagree slightly.
        { "dsp-44ebcbccaccaee19", DisputeQuestion.Count, "russia-air-operation-syria", "sorties", DisputeStatus.Inconsistent, "\"510 sorties\": russia-mod; \"more than 510 sorties\": russia |" },
    };

    [Fact]
    public void The_seeds_have_exactly_the_disputes_an_analyst_names_and_every_finding_is_in_one()
    {
        var report = Disputes.Value;

        Assert.Equal(Expected.Select(row => (string)row[0]).Order(StringComparer.Ordinal), report.Disputes.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Equal(SeedAnalysis.Outcome.Findings.Count, report.FindingCount);
        Assert.Equal(
            SeedAnalysis.Outcome.Findings.Select(f => f.Id).Order(StringComparer.Ordinal),
            report.Disputes.SelectMany(d => d.Findings).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Seed_dispute_has_its_question_status_and_positions(string id, DisputeQuestion question, string? incident, string? subject, DisputeStatus status, string positions)
    {
        var dispute = Assert.Single(Disputes.Value.Disputes, d => d.Id == id);

        Assert.Equal((question, incident, subject, status), (dispute.Question, dispute.Incident, dispute.Subject, dispute.Status));
        Assert.Equal(positions, Describe(dispute));
    }

    [Fact]
    public void Relays_of_one_utterance_are_one_voice_and_a_spokesman_speaks_for_his_ministry()
    {
        // The A-10 utterance is reported by three articles: one voice. Konashenkov and the ministry are one voice.
        var aleppo = Disputes.Value.Disputes.Single(d => d.Id == "dsp-c25e2cf45917f1fd");
        var russian = aleppo.Positions.Single(p => !p.Denies && p.Answer.StartsWith("carried out by United States", StringComparison.Ordinal));
        var konashenkov = russian.Voices.Single(v => v.Voice == "russia-mod");

        Assert.Equal(["konashenkov", "russia-mod"], konashenkov.Claimants);
        Assert.True(konashenkov.Sources.Count >= 3);
        Assert.Contains("c-konashenkov-a10", konashenkov.Statements);
        Assert.True(Assert.Single(aleppo.Positions.Single(p => !p.Denies && p.Answer.StartsWith("carried out by Russia", StringComparison.Ordinal)).Voices, v => v.Voice == "pentagon").Probable);
    }

    [Fact]
    public void Consistent_figures_and_related_perpetrators_are_not_disputes()
    {
        var report = Disputes.Value;

        // 1,888 vs "nearly 1,900" facilities; the 12 mi / 12.5 mi (20 km) radii; different measures stay apart.
        Assert.DoesNotContain(report.Disputes, d => d.Subject is "facilities-destroyed" or "distance-from-aleppo");
        Assert.All(report.Disputes.Where(d => d.Question == DisputeQuestion.Count), d => Assert.Equal("sorties", d.Subject));
        // The US and the US-led coalition are one side: never two answers of one perpetrator dispute.
        Assert.All(report.Disputes.Where(d => d.Question == DisputeQuestion.Perpetrator), d =>
            Assert.Equal(d.Positions.Count, d.Positions.Select(p => (p.Denies, p.Answer)).Distinct().Count()));
        Assert.DoesNotContain(report.Disputes.SelectMany(d => d.Positions), p => p.Answer.Contains("US-led anti-ISIS coalition and United States", StringComparison.Ordinal));
    }

    [Fact]
    public void The_figure_ranges_follow_the_policy()
    {
        var facilities = Disputes.Value.Incidents.SelectMany(i => i.Figures).Single(r => r.Measure == "facilities-destroyed");

        // 1,888 (Konashenkov: the ministry's voice) and "nearly 1,900" = [1805, 1900) (Putin, an official of Russia: its voice): low 1805, high 1900, best the median of 1888 and 1852.5.
        Assert.Equal((1805d, 1870.25d, 1900d), (facilities.Low!.Value, facilities.Best!.Value, facilities.High!.Value));
        Assert.Equal(["russia"], facilities.LowVoices);
        Assert.Equal(["russia", "russia-mod"], facilities.Voices);
    }

    private static string Describe(Dispute dispute) =>
        string.Join("; ", dispute.Positions.Where(p => !p.Denies).Select(Describe)) + " |"
        + (dispute.Positions.Any(p => p.Denies) ? " " + string.Join("; ", dispute.Positions.Where(p => p.Denies).Select(Describe)) : string.Empty);

    private static string Describe(DisputePosition position)
    {
        var answer = position.Answer.StartsWith("carried out ", StringComparison.Ordinal)
            ? "by " + position.Answer["carried out by ".Length..position.Answer.LastIndexOf(" (side", StringComparison.Ordinal)]
            : position.Answer.StartsWith("denies: ", StringComparison.Ordinal) ? "denies"
            : position.Answer.Split(" (", 2)[0];
        return answer + ": " + string.Join(", ", position.Voices.Select(v => v.Voice + (v.Probable ? "?" : string.Empty)));
    }
}
