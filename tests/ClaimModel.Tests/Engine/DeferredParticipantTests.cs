using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>A batch builds the participants of its findings when they are first read, on whichever thread reads them:
/// each entry's participant is then one instance, equal to the one the incremental index builds when the finding is
/// found.</summary>
public class DeferredParticipantTests
{
    /// <summary>Claims of every statement kind that take part in findings (figures, responsibility, a denial by
    /// statement, an absence against an act), each in several findings, and claimants known and unknown.</summary>
    private static ClaimDocument Document()
    {
        var claims = new List<Claim>();
        for (var i = 0; i < 12; i++)
        {
            claims.Add(Claim("fig" + i, i % 2 == 0 ? "konashenkov" : "sohr", "i1", Quantity(Figure("killed", "people", FigureQualifier.Exact, 10 + (50 * i), (10 + (50 * i)).ToString(System.Globalization.CultureInfo.InvariantCulture)))));
            claims.Add(Claim("did" + i, i % 3 == 0 ? "state-dept" : i % 3 == 1 ? "konashenkov" : "someone-unknown", "i1", Did(i % 2 == 0 ? "russia" : "us-air-force")));
        }

        claims.Add(Claim("away", "konashenkov", "i1", NotWithin("russia", Figure("distance-from-aleppo", "mi", FigureQualifier.Approximately, 12, "about 12 miles"))));
        return Build.Document(claims, [Denial("deny", "russia-mod", "i1", Did("russia"))]) with { Actors = Actors() };
    }

    [Fact]
    public async Task Participants_read_on_several_threads_at_once_are_one_instance_per_entry_and_equal_the_incremental_ones()
    {
        var document = Document();
        var batch = ContradictionDetector.Analyze(document);
        var index = new ContradictionIndex();
        index.AddDocument(document);
        var incremental = index.GetReport();
        Assert.True(batch.Findings.Count > 40, $"{batch.Findings.Count} findings");
        Assert.All(new[] { FindingKind.Denial, FindingKind.PresenceConflict, FindingKind.ConflictingResponsibility, FindingKind.FigureConflict }, kind => Assert.NotEqual(0, batch.CountOf(kind)));

        const int Threads = 4;
        using var start = new Barrier(Threads);
        var seen = Enumerable.Range(0, Threads).Select(_ => new Dictionary<string, FindingParticipant>()).ToArray();
        var readers = Enumerable.Range(0, Threads).Select(t => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < batch.Findings.Count; i++)
            {
                // Each thread starts at another finding, so first reads of one entry race.
                var finding = batch.Findings[(i + (t * 7)) % batch.Findings.Count];
                foreach (var participant in finding.Participants)
                {
                    seen[t].TryAdd(participant.Reference + "/" + participant.Role, participant);
                    Assert.Same(seen[t][participant.Reference + "/" + participant.Role], participant);
                }
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        await Task.WhenAll(readers);

        foreach (var (key, participant) in seen[0])
        {
            for (var t = 1; t < Threads; t++)
            {
                Assert.Same(participant, seen[t][key]);
            }
        }

        Assert.Equal(incremental.Findings.ToValueList(), batch.Findings.ToValueList());
        var says = seen[0].Values.ToDictionary(p => p.Reference + "/" + p.Role, p => p.Says);
        Assert.Equal("RUSSIA carried it out", says["did0/Claim"]);
        Assert.Equal("someone-unknown", seen[0]["did2/Claim"].ClaimantName);
        Assert.Equal(["someone-unknown"], seen[0]["did2/Claim"].Sides);
        Assert.Equal(["coalition"], seen[0]["did0/Claim"].Sides);
    }
}
