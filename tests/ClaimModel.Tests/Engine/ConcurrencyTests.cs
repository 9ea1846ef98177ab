using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

public class ConcurrencyTests
{
    [Fact]
    public async Task Readers_see_whole_consistent_snapshots_while_one_writer_adds()
    {
        const int Pairs = 400;
        var index = new ContradictionIndex();
        index.AddDocument(Document());
        using var done = new CancellationTokenSource();
        var failures = 0;
        var reads = 0;

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var last = 0;
            while (!done.IsCancellationRequested || Volatile.Read(ref reads) < 3)
            {
                var report = index.GetReport();
                var findings = report.Findings;
                var sorted = findings.Order(Comparer<Finding>.Create(FindingOrder.Instance.Compare)).ToArray();

                // Each pair adds 2 claims and then exactly 1 finding; a snapshot is never part of an add.
                if (findings.Count < last || report.ClaimCount / 2 != findings.Count || !findings.SequenceEqual(sorted))
                {
                    Interlocked.Increment(ref failures);
                }

                last = findings.Count;
                Interlocked.Increment(ref reads);
            }
        })).ToArray();

        for (var i = 0; i < Pairs; i++)
        {
            index.AddClaim(Claim("a" + i, "konashenkov", "i1", Quantity(Figure("m" + i, "people", FigureQualifier.Exact, 10, "10"))));
            index.AddClaim(Claim("b" + i, "sohr", "i1", Quantity(Figure("m" + i, "people", FigureQualifier.Exact, 100, "100"))));
        }

        done.Cancel();
        await Task.WhenAll(readers);

        Assert.Equal(0, failures);
        Assert.Equal(Pairs, index.GetReport().Findings.Count);
        Assert.Same(index.GetReport(), index.GetReport());
    }
}
