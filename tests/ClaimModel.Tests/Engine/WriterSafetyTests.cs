using System.Collections.Concurrent;
using System.Reflection;
using ClaimModel.Engine;
using ClaimModel.Synthetic;

namespace ClaimModel.Tests.Engine;

/// <summary><see cref="ContradictionIndex"/> detects a second writer instead of corrupting itself, and
/// <see cref="SynchronizedContradictionIndex"/> takes many writers at once with the batch result.</summary>
public sealed class WriterSafetyTests
{
    private static readonly ClaimDocument Corpus = SyntheticCorpus.Generate(1_500, seed: 12);

    [Fact]
    public async Task An_add_while_another_thread_is_adding_throws_a_clear_invalid_operation_exception()
    {
        var index = new ContradictionIndex();
        var claim = Corpus.Claims[0];
        var guard = WriterOf(index);

        // Another thread is in the middle of an add: it holds the writer guard.
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var writer = Task.Run(() =>
        {
            using var scope = guard.Enter();
            entered.Set();
            release.Wait();
        });
        entered.Wait();

        var error = Assert.Throws<InvalidOperationException>(() => index.AddClaim(claim));
        var context = Assert.Throws<InvalidOperationException>(() => index.AddActor(Corpus.Actors[0]));
        var report = index.GetReport();
        release.Set();
        await writer;

        Assert.Contains("one writer", error.Message, StringComparison.Ordinal);
        Assert.Contains("GetReport may be called from any thread", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SynchronizedContradictionIndex), error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Message, context.Message);
        Assert.Equal(0, report.ClaimCount);

        // The refused add touched nothing; once the writer has left, the same add goes through.
        index.AddClaim(claim);
        Assert.Equal(1, index.GetReport().ClaimCount);
    }

    [Fact]
    public async Task The_writers_own_nested_calls_and_later_writers_on_other_threads_pass()
    {
        var index = new ContradictionIndex();

        index.AddDocument(Corpus with { Claims = [], Denials = [] });
        await Task.Run(() => index.AddClaim(Corpus.Claims[0]));
        index.AddClaim(Corpus.Claims[1]);

        Assert.Equal(2, index.GetReport().ClaimCount);
    }

    [Fact]
    public async Task Racing_writers_on_a_plain_index_are_refused_or_applied_never_corrupting_it()
    {
        var index = new ContradictionIndex();
        index.AddDocument(Corpus with { Claims = [], Denials = [] });
        var refused = new ConcurrentQueue<object>();
        var other = new ConcurrentQueue<Exception>();

        var writers = Slices(4).Select(slice => Task.Run(() =>
        {
            foreach (var record in slice)
            {
                try
                {
                    Add(index, record);
                }
                catch (InvalidOperationException)
                {
                    refused.Enqueue(record);
                }
#pragma warning disable CA1031 // Anything else would be corruption: collected and asserted empty.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    other.Enqueue(e);
                }
            }
        })).ToArray();
        await Task.WhenAll(writers);

        // The refused adds, done again by one writer, complete the corpus: the index holds the batch result.
        foreach (var record in refused)
        {
            Add(index, record);
        }

        Assert.Empty(other);
        Assert.Equal(ContradictionDetector.Analyze(Corpus), index.GetReport());
    }

    [Fact]
    public async Task Synchronized_index_takes_many_writers_while_readers_read_and_ends_with_the_batch_report()
    {
        var batch = ContradictionDetector.Analyze(Corpus);
        var index = new SynchronizedContradictionIndex();
        index.AddDocument(Corpus with { Claims = [], Denials = [] });
        var returned = 0;
        var readerFailures = 0;
        var reads = 0;
        using var done = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var lastClaims = 0;
            var lastFindings = 0;
            while (!done.IsCancellationRequested || Volatile.Read(ref reads) < 4)
            {
                var report = index.GetReport();
                var sorted = report.Findings.Order(Comparer<Finding>.Create(FindingOrder.Instance.Compare));
                if (report.ClaimCount < lastClaims || report.Findings.Count < lastFindings || !report.Findings.SequenceEqual(sorted))
                {
                    Interlocked.Increment(ref readerFailures);
                }

                lastClaims = report.ClaimCount;
                lastFindings = report.Findings.Count;
                Interlocked.Increment(ref reads);
            }
        })).ToArray();

        var writers = Slices(4).Select(slice => Task.Run(() =>
        {
            foreach (var record in slice)
            {
                var findings = record is Claim claim ? index.AddClaim(claim) : index.AddDenial((Denial)record);
                Interlocked.Add(ref returned, findings.Count);
            }
        })).ToArray();

        await Task.WhenAll(writers);
        done.Cancel();
        await Task.WhenAll(readers);

        Assert.Equal(0, readerFailures);
        Assert.Equal(batch, index.GetReport());
        Assert.True(batch.Findings.Count > 50, "the corpus should have findings to race over");
        Assert.Equal(batch.Findings.Count, returned);
    }

    /// <summary>The corpus's claims and denials dealt round-robin into <paramref name="count"/> slices, denials
    /// interleaved with claims so that some arrive before the claims they name.</summary>
    private static List<object>[] Slices(int count)
    {
        var records = new List<object>();
        var claims = Corpus.Claims;
        var denials = Corpus.Denials;
        for (var i = 0; i < Math.Max(claims.Count, denials.Count); i++)
        {
            if (i < denials.Count)
            {
                records.Add(denials[i]);
            }

            if (i < claims.Count)
            {
                records.Add(claims[i]);
            }
        }

        var slices = Enumerable.Range(0, count).Select(_ => new List<object>()).ToArray();
        for (var i = 0; i < records.Count; i++)
        {
            slices[i % count].Add(records[i]);
        }

        return slices;
    }

    private static void Add(ContradictionIndex index, object record)
    {
        if (record is Claim claim)
        {
            index.AddClaim(claim);
        }
        else
        {
            index.AddDenial((Denial)record);
        }
    }

    private static WriterGuard WriterOf(ContradictionIndex index) =>
        (WriterGuard)typeof(ContradictionIndex).GetField("_writer", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(index)!;
}
