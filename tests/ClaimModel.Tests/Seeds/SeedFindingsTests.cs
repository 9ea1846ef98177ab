using ClaimModel.Engine;
using ClaimModel.Serialization;
using ClaimModel.Validation;

namespace ClaimModel.Tests.Seeds;

/// <summary>The contradictions the seed corpus must (and must not) yield: the reference cases of DESIGN.md,
/// checked by participant ids so that wording changes in explanations do not matter.</summary>
public sealed class SeedFindingsTests
{
    private static readonly Lazy<(ClaimDocument Corpus, ContradictionReport Report)> Analysis = new(() =>
    {
        var merged = ClaimDocumentMerger.Merge(SeedPaths.AllDocuments.Select(p =>
            new NamedDocument("seeds/" + Path.GetFileName(p), ClaimJson.Deserialize(SeedPaths.ReadText(p))))).Document;
        return (merged, ContradictionDetector.Analyze(merged));
    });

    [Theory]
    [InlineData(FindingKind.Denial, "c-konashenkov-a10", "d-state-dept-official-no-us-missions")]
    [InlineData(FindingKind.Denial, "c-konashenkov-a10", "d-coalition-spokesman-denies")]
    [InlineData(FindingKind.Denial, "c-konashenkov-a10", "d-us-officials-no-coalition-aircraft")]
    [InlineData(FindingKind.ConflictingResponsibility, "c-konashenkov-a10", "c-pentagon-russia-hit-hospitals")]
    [InlineData(FindingKind.ConflictingResponsibility, "c-russia-mod-us-bombed-aleppo", "c-usa-russia-bombed-aleppo")]
    [InlineData(FindingKind.Denial, "c-pentagon-russia-hit-hospitals", "d-russia-no-warplanes-present")]
    [InlineData(FindingKind.PresenceConflict, "c-konashenkov-no-russian-planes-12mi", "c-pentagon-russia-hit-hospitals")]
    [InlineData(FindingKind.ConflictingResponsibility, "c-russia-alquds-coalition", "c-usa-alquds-damascus")]
    [InlineData(FindingKind.ConflictingResponsibility, "c-kerry-alquds-regime-pattern", "c-russia-alquds-coalition")]
    [InlineData(FindingKind.Denial, "c-usa-alquds-moscow", "d-russia-alquds-not-our-warplanes")]
    [InlineData(FindingKind.Denial, "c-usa-alquds-damascus", "d-syria-alquds-not-our-warplanes")]
    [InlineData(FindingKind.Denial, "c-turkey-mfa-russia-struck-civilians-aleppo-june", "d-konashenkov-no-strikes-aleppo-june")]
    [InlineData(FindingKind.Denial, "c-turkey-russia-killed-16-civilians", "d-konashenkov-never-strike-civilians-russia")]
    [InlineData(FindingKind.Denial, "c-abu-mahmoud-russia-strikes-residents", "d-konashenkov-never-strike-civilians-russia")]
    [InlineData(FindingKind.FigureDiscrepancy, "c-konashenkov-510-sorties", "c-russia-more-than-510-sorties")]
    public void Finds(FindingKind kind, string first, string second) =>
        Assert.True(
            Analysis.Value.Report.Findings.Any(f => f.Kind == kind && Involves(f, first) && Involves(f, second)),
            $"no {kind} finding between {first} and {second}");

    [Theory]
    [InlineData("c-konashenkov-1888-facilities", "c-russia-nearly-1900-facilities")]
    [InlineData("c-konashenkov-nearest-target-12mi", "c-konashenkov-no-russian-warplanes-20km")]
    [InlineData("c-konashenkov-nearest-target-12mi", "c-konashenkov-no-russian-planes-12mi")]
    [InlineData("c-konashenkov-no-russian-planes-12mi", "c-konashenkov-no-russian-warplanes-20km")]
    [InlineData("c-kerry-alquds-dozens-killed", "c-sohr-alquds-dozens-dead")]
    public void Does_not_find_anything_between(string first, string second) =>
        Assert.DoesNotContain(Analysis.Value.Report.Findings, f => Involves(f, first) && Involves(f, second));

    [Fact]
    public void Does_not_set_the_US_against_the_US_led_coalition()
    {
        var actorOf = Analysis.Value.Corpus.Claims
            .Where(c => c.Statement is ResponsibilityStatement)
            .ToDictionary(c => c.Id, c => ((ResponsibilityStatement)c.Statement).Actor, StringComparer.Ordinal);
        Assert.DoesNotContain(Analysis.Value.Report.Findings, f =>
            f.Kind == FindingKind.ConflictingResponsibility
            && f.Participants.Select(p => actorOf.GetValueOrDefault(p.Id)).Order(StringComparer.Ordinal).SequenceEqual(["us-led-coalition", "usa"]));
    }

    private static bool Involves(Finding finding, string id) => finding.Participants.Any(p => p.Id == id);
}
