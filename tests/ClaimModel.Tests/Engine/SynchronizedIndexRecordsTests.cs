using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The actors, sources and incidents given to a <see cref="SynchronizedContradictionIndex"/> reach the index
/// behind it: affiliations decide sides, a source's publication anchors a relative day, an incident's place and
/// time place an acting claim — so its findings equal a batch analysis of the same document, and without those
/// records they differ. Null streams are refused by name.</summary>
public class SynchronizedIndexRecordsTests
{
    private static readonly TimeSpec Yesterday = new()
    {
        Text = "yesterday",
        Relative = new RelativeDay { Offset = -1 },
        Precision = TimePrecision.Day,
        TimeZone = "Asia/Damascus",
    };

    private static ClaimDocument Document() => Build.Document(
        claims:
        [
            // konashenkov and russia-mod share a side only through the affiliations.
            Claim("c1", "konashenkov", "i1", Did("usa")),
            Claim("c2", "russia-mod", "i1", Did("russia")),

            // "yesterday" is a day only against the publication of source s2.
            Claim("c3", "sohr", "i2", Occurred(Yesterday), source: "s2"),
            Claim("c4", "syria", "i2", Occurred(Day(2016, 2, 12, "Asia/Damascus", 2))),

            // The incident puts usa in Homs on 2016-02-12: the absence there that day contradicts it.
            Claim("c5", "syria", "i3", Did("usa")),
            Claim("c6", "usa", null, NotWithin("usa", place: new Place { Name = "Homs", Precision = PlacePrecision.City }, time: Day(2016, 2, 12, "Asia/Damascus", 2))),
        ],
        incidents: [Incident("i1"), Incident("i2", "Homs"), Incident("i3", "Homs", Day(2016, 2, 12, "Asia/Damascus", 2))],
        sources: [Source("src"), Source("s2", Day(2016, 2, 11, "Asia/Damascus", 2))]);

    private static string Layout(IEnumerable<Finding> findings) =>
        string.Join("; ", findings.Select(f => f.Kind + " " + string.Join(" ", f.Participants.Select(p => p.Id))).Order(StringComparer.Ordinal));

    private static SynchronizedContradictionIndex Fill(ClaimDocument document, bool records)
    {
        var index = new SynchronizedContradictionIndex();
        if (records)
        {
            foreach (var actor in document.Actors)
            {
                index.AddActor(actor);
            }

            foreach (var source in document.Sources)
            {
                index.AddSource(source);
            }

            foreach (var incident in document.Incidents)
            {
                index.AddIncident(incident);
            }
        }

        foreach (var claim in document.Claims)
        {
            index.AddClaim(claim);
        }

        return index;
    }

    [Fact]
    public void Records_added_one_by_one_give_the_findings_of_the_batch()
    {
        var document = Document();
        var batch = Layout(ContradictionDetector.Analyze(document).Findings);

        Assert.Equal("PresenceConflict c5 c6; TimeConflict c3 c4", batch);
        Assert.Equal(batch, Layout(Fill(document, records: true).GetReport().Findings));
    }

    [Fact]
    public void Without_the_actors_sources_and_incidents_the_findings_differ()
    {
        Assert.Equal("ConflictingResponsibility c1 c2", Layout(Fill(Document(), records: false).GetReport().Findings));
    }

    [Fact]
    public void Null_streams_are_refused()
    {
        var index = new SynchronizedContradictionIndex();

        Assert.Equal("claims", Assert.Throws<ArgumentNullException>(() => index.AddClaimsAsync(null!)).ParamName);
        Assert.Equal("denials", Assert.Throws<ArgumentNullException>(() => index.AddDenialsAsync(null!)).ParamName);
    }
}
