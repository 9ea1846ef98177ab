using ClaimModel.Engine;
using ClaimModel.Synthetic;

namespace ClaimModel.Tests.Synthetic;

/// <summary>The engine against the generator's plan: it finds every planted contradiction, and nothing it
/// finds is between two ordinary (consistent) claims.</summary>
public sealed class SyntheticCorpusEngineTests(SyntheticCorpusFixture fixture) : IClassFixture<SyntheticCorpusFixture>
{
    [Fact]
    public void Engine_finds_every_planted_contradiction()
    {
        var report = ContradictionDetector.Analyze(fixture.Document);
        var found = report.Findings
            .SelectMany(f => f.Participants.ToArray().SelectMany(a => f.Participants.ToArray().Select(b => (f.Kind, a.Id, b.Id))))
            .ToHashSet();

        var missed = fixture.Result.Planted.Where(p => !found.Contains((FindingKindOf(p.Kind), p.First, p.Second))).ToList();

        Assert.True(missed.Count == 0, $"{missed.Count} of {fixture.Result.Planted.Count} planted contradictions not found, e.g. " + string.Join("; ", missed.Take(5)));
    }

    [Fact]
    public void Engine_finds_nothing_between_ordinary_claims()
    {
        var report = ContradictionDetector.Analyze(fixture.Document);
        var planted = fixture.Result.Planted.Select(p => p.Second).ToHashSet(StringComparer.Ordinal);

        var unplanned = report.Findings.Where(f => !f.Participants.Any(p => planted.Contains(p.Id))).ToList();

        Assert.True(unplanned.Count == 0, $"{unplanned.Count} of {report.Findings.Count} findings involve no planted record: " + string.Join(", ", unplanned.CountBy(f => f.Kind).Select(p => p.Key + " " + p.Value)) + "; e.g. " + string.Join("\n", unplanned.DistinctBy(f => f.Kind).Take(6).Select(f => f.Kind + ": " + f.Explanation)));
    }

    [Theory]
    [InlineData(2_000, 7)]
    [InlineData(5_000, 13)]
    public void Engine_finds_exactly_the_planted_contradictions_for_other_seeds(int claims, int seed)
    {
        var result = SyntheticCorpus.GenerateWithPlan(new SyntheticCorpusOptions { Claims = claims, Seed = seed, ContradictionRate = 0.02 });
        var report = ContradictionDetector.Analyze(result.Document);
        var planted = result.Planted.Select(p => p.Second).ToHashSet(StringComparer.Ordinal);
        var found = report.Findings
            .SelectMany(f => f.Participants.ToArray().SelectMany(a => f.Participants.ToArray().Select(b => (f.Kind, a.Id, b.Id))))
            .ToHashSet();

        Assert.All(result.Planted, p => Assert.Contains((FindingKindOf(p.Kind), p.First, p.Second), found));
        Assert.All(report.Findings, f => Assert.Contains(f.Participants, p => planted.Contains(p.Id)));
    }

    private static FindingKind FindingKindOf(PlantedContradictionKind kind) => kind switch
    {
        PlantedContradictionKind.Denial => FindingKind.Denial,
        PlantedContradictionKind.ConflictingResponsibility => FindingKind.ConflictingResponsibility,
        PlantedContradictionKind.PresenceConflict => FindingKind.PresenceConflict,
        PlantedContradictionKind.FigureConflict => FindingKind.FigureConflict,
        PlantedContradictionKind.TimeConflict => FindingKind.TimeConflict,
        _ => FindingKind.SelfContradiction,
    };
}
