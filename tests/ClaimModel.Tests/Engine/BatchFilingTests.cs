using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Batch analysis files a claim only under the keys a denial or an absence of the batch looks up
/// (<see cref="BatchLookups"/>): its report equals the one of an index that files every claim under every key, for
/// denials by statement of every family — of an incident and general, naming an actor or an ancestor of it — and for
/// absences of actors and of their ancestors.</summary>
public class BatchFilingTests
{
    private static readonly string?[] Incidents = ["i1", "i2", null];
    private static readonly string[] Performers = ["russia", "russia-mod", "konashenkov", "usa", "us-air-force", "syria"];

    private static readonly Place Aleppo = new() { Name = "Aleppo", Precision = PlacePrecision.City };

    /// <summary>One statement of each family the engine files for denials, chosen by <paramref name="code"/>.</summary>
    private static Statement Statement(int code)
    {
        var actor = Performers[code % Performers.Length];
        return (code / Performers.Length % 7) switch
        {
            0 => Did(actor),
            1 => new PresenceStatement { Actors = [actor], Present = true, Place = Aleppo },
            2 => NotWithin(actor, place: Aleppo),
            3 => Quantity(Figure("killed", "people", FigureQualifier.Exact, 10 + (code % 3), "figure " + code), subject: code % 2 == 0 ? "civilians" : null),
            4 => Occurred(Day(2016, 2, 9 + (code % 2), "Asia/Damascus", 2)),
            5 => new TargetStatement { Targets = [new Target { Kind = (TargetKind)(code % 3) }], Scope = TargetScope.Only },
            _ => Quantity(Figure("injured", "people", FigureQualifier.Exact, 5, "five")),
        };
    }

    /// <summary>Claims of every statement, claimant and incident; denials by statement of some of the same statements,
    /// of one incident or of none; the denials come after the claims they deny, so only filed claims are found.</summary>
    private static ClaimDocument Document(int claims, int denials, int stride)
    {
        var claimList = Enumerable.Range(0, claims)
            .Select(i => Claim("c" + i, Performers[(i / 3) % Performers.Length], Incidents[i % 3], Statement(i)))
            .ToList();
        var denialList = Enumerable.Range(0, denials)
            .Select(i => Denial("d" + i, Performers[(i + 2) % Performers.Length], Incidents[(i / 2) % 3], Statement(i * stride)))
            .ToList();
        return Build.Document(claimList, denialList, [Incident("i1"), Incident("i2", "Homs")], [Source("src")]) with { Actors = Actors() };
    }

    [Theory]
    [InlineData(84, 42, 1)]
    [InlineData(84, 20, 1)]
    [InlineData(84, 9, 5)]
    [InlineData(126, 3, 13)]
    [InlineData(126, 0, 1)]
    public void The_batch_report_equals_the_report_of_an_index_that_files_everything(int claims, int denials, int stride)
    {
        var document = Document(claims, denials, stride);
        var batch = ContradictionDetector.Analyze(document);

        var index = new ContradictionIndex();
        index.AddDocument(document);
        Assert.Equal(index.GetReport(), batch);
        Assert.Equal(index.GetReport().Findings.Select(f => f.Id), batch.Findings.Select(f => f.Id));
    }

    [Fact]
    public void Denials_of_every_family_and_absences_find_the_claims_filed_before_them()
    {
        var document = Document(84, 42, 1);
        var batch = ContradictionDetector.Analyze(document);

        // Each denial family reaches claims (a finding names a denial and a claim of that family), and absences reach
        // acting claims: a filter that skipped their keys would lose these.
        string Family(Statement s) => s.GetType().Name + (s is PresenceStatement p ? p.Present.ToString() : string.Empty);
        var claims = document.Claims.ToDictionary(c => c.Id);
        var denied = batch.Findings
            .Where(f => f.Kind is FindingKind.Denial or FindingKind.SelfContradiction)
            .Select(f => Family(claims[f.Participants.Single(p => p.Role == ParticipantRole.Claim).Id].Statements[0]))
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(["OccurrenceStatement", "PresenceStatementFalse", "PresenceStatementTrue", "QuantityStatement", "ResponsibilityStatement", "TargetStatement"], denied);
        Assert.Contains(batch.Findings, f => f.Kind == FindingKind.PresenceConflict);
    }

    [Fact]
    public void An_absence_of_an_ancestor_only_finds_the_acting_claims_of_its_descendants_filed_before_it()
    {
        // No absence names us-air-force itself: its acting claims are filed because coalition, an ancestor, is absent.
        var document = Build.Document(
            [
                Claim("acting", "syria", "i1", new PresenceStatement { Actors = ["us-air-force"], Present = true, Place = Aleppo }),
                Claim("striking", "syria", "i1", Did("us-air-force")),
                Claim("absent", "coalition", "i1", NotWithin("coalition", place: Aleppo)),
            ],
            incidents: [Incident("i1")],
            sources: [Source("src")]) with { Actors = Actors() };

        var batch = ContradictionDetector.Analyze(document);

        var pairs = batch.Findings.Where(f => f.Kind == FindingKind.PresenceConflict)
            .Select(f => string.Join("+", f.Participants.Select(p => p.Id).Order(StringComparer.Ordinal)));
        Assert.Equal(["absent+acting", "absent+striking"], pairs.Order(StringComparer.Ordinal));
    }
}
