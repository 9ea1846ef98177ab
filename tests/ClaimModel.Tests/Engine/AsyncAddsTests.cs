using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Streams added to an index (<see cref="ContradictionIndex.AddClaimsAsync"/>,
/// <see cref="SynchronizedContradictionIndex.AddDenialsAsync"/>): each record's findings are yielded as it is added,
/// a cancellation stops the adds between records even when the stream itself ignores the token, and a null stream is
/// refused at the call.</summary>
public class AsyncAddsTests
{
    /// <summary>A stream that never looks at a cancellation token.</summary>
    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> records)
    {
        foreach (var record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }

    [Fact]
    public async Task Each_added_claim_yields_its_findings_as_it_is_added()
    {
        var index = new ContradictionIndex();
        index.AddDocument(Document());
        var seen = new List<string>();

        await foreach (var finding in index.AddClaimsAsync(Stream([Claim("c1", "konashenkov", "i1", Did("usa")), Claim("c2", "state-dept", "i1", Did("russia")), Claim("c3", "sohr", "i1", Did("syria"))])))
        {
            seen.Add(string.Join(" ", finding.Participants.Select(p => p.Id)) + " @" + index.GetReport().ClaimCount);
        }

        Assert.Equal(["c1 c2 @2", "c1 c3 @3", "c2 c3 @3"], seen);
    }

    [Fact]
    public void Null_streams_are_refused_by_name()
    {
        var index = new ContradictionIndex();

        Assert.Equal("claims", Assert.Throws<ArgumentNullException>(() => index.AddClaimsAsync(null!)).ParamName);
        Assert.Equal("denials", Assert.Throws<ArgumentNullException>(() => index.AddDenialsAsync(null!)).ParamName);
    }

    [Fact]
    public async Task A_cancellation_stops_the_adds_at_the_next_record()
    {
        var index = new SynchronizedContradictionIndex();
        index.AddDocument(Document([Claim("c1", "konashenkov", "i1", Did("usa"))]));
        using var cancel = new CancellationTokenSource();
        var seen = new List<string>();
        Denial[] denials = [Denial("d1", "usa", "i1", Did("usa")), Denial("d2", "us-air-force", "i1", Did("usa"))];

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var finding in index.AddDenialsAsync(Stream(denials), cancel.Token))
            {
                seen.Add(finding.Participants[1].Id);
                await cancel.CancelAsync();
            }
        });

        Assert.Equal(["d1"], seen);
        Assert.Equal(1, index.GetReport().DenialCount);
    }
}
