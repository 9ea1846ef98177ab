using ClaimModel.Engine;
using ClaimModel.Synthetic;
using ClaimModel.Tests.Support;

namespace ClaimModel.Tests.Engine;

/// <summary>An explanation is built on the thread that first reads it, with a builder that thread reuses: sentences
/// built on several threads at once are each whole and equal to the ones built one after another.</summary>
public class ConcurrentExplanationTests
{
    [Fact]
    public async Task Explanations_built_on_several_threads_at_once_equal_the_ones_built_in_turn()
    {
        var document = SyntheticCorpus.Generate(3_000, seed: 11);
        var expected = ContradictionDetector.Analyze(document).Findings.Select(f => f.Explanation).ToArray();
        var racing = ContradictionDetector.Analyze(document).Findings;
        Assert.True(racing.Count > 1_000, $"{racing.Count} findings");

        const int Threads = 4;
        var mismatches = await RacingReaders.Run(Threads, racing.Count, (t, i) =>
        {
            // Each thread starts elsewhere and walks another way, so the first reads of most findings race.
            var position = t % 2 == 0 ? (i + (t * 997)) % racing.Count : racing.Count - 1 - ((i + (t * 997)) % racing.Count);
            return string.Equals(racing[position].Explanation, expected[position], StringComparison.Ordinal);
        });

        Assert.Equal(new int[Threads], mismatches);
    }
}
