using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Threads reading the findings of one report for the first time at once get the same instance of each
/// finding (one is made and kept, whoever makes it).</summary>
public sealed class ConcurrentFindingReadsTests
{
    [Fact]
    public async Task Concurrent_first_reads_of_one_finding_give_one_instance()
    {
        var claims = Enumerable.Range(0, 3_000).Select(i => Claim("c" + i, "konashenkov", "i1", Did("usa"))).ToArray();
        var findings = ContradictionDetector.Analyze(Document(claims, [Denial("d1", "usa", "i1", Did("usa"))])).Findings;

        using var start = new Barrier(4);
        var reads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            var read = new Finding[findings.Count];
            for (var i = 0; i < read.Length; i++)
            {
                read[i] = findings[i];
            }

            return read;
        })));

        Assert.Equal(3_000, findings.Count);
        Assert.All(reads, read => Assert.All(Enumerable.Range(0, read.Length), i => Assert.Same(reads[0][i], read[i])));
        Assert.All(Enumerable.Range(0, findings.Count), i => Assert.Same(reads[0][i], findings[i]));
    }
}
