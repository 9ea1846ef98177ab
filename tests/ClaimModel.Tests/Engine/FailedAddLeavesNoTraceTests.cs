using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>A claim that throws after most of its statements were compared and filed — a responsibility, an
/// occurrence time, a figure and a presence of two actors, each with a finding or a consistent comparison, and a pending denial by
/// id met — leaves no trace: every later add, and the retry once the cause is gone, returns what an index that never
/// saw the failed add returns, and the reports are equal. A denial that throws after being filed as pending for a
/// claim not yet added leaves no trace either.</summary>
public class FailedAddLeavesNoTraceTests
{
    private static readonly Place Aleppo = new() { Name = "Aleppo", Precision = PlacePrecision.City };

    private static readonly TimeSpec Feb10 = Day(2016, 2, 10, "Asia/Damascus", 2);

    private static readonly Target Hospital = new() { Kind = TargetKind.Hospital };

    private static ClaimDocument Base() => Document(
        [
            Claim("b-did", "russia", "i1", Did("usa")),
            Claim("b-when", "russia", "i1", Occurred(Feb10)),
            Claim("b-deaths", "russia", "i1", Quantity(Figure("deaths", "people", FigureQualifier.Exact, 10, "10"))),
            Claim("b-absent", "usa", null, NotWithin("usa", place: Aleppo, time: Feb10)),
        ],
        [Denial("d-waiting", "usa", null, null, "c-x")]);

    private static Claim Failing(bool broken) => new()
    {
        Id = "c-x",
        Claimant = "syria",
        Incident = "i1",
        Statements =
        [
            Did("russia"),
            Occurred(Feb10),
            Quantity(Figure("deaths", "people", FigureQualifier.Exact, 12, "12")),
            // Two actors: the presence pairs it meets are remembered (one pair could be met through either).
            new PresenceStatement { Actors = ["usa", "us-air-force"], Present = true, Place = Aleppo, Time = Feb10 },
            new TargetStatement { Targets = broken ? [Hospital, null!] : [Hospital] },
        ],
        Reports = Reports("src", "quote of c-x"),
    };

    private static IReadOnlyList<Finding>[] Later(ContradictionIndex index) =>
    [
        index.AddClaim(Claim("l-did", "sohr", "i1", Did("syria"))),
        index.AddClaim(Claim("l-when", "usa", "i1", Occurred(Day(2016, 2, 14, "Asia/Damascus", 2)))),
        index.AddClaim(Claim("l-deaths", "sohr", "i1", Quantity(Figure("deaths", "people", FigureQualifier.Exact, 30, "30")))),
        index.AddClaim(Claim("l-present", "sohr", null, new PresenceStatement { Actors = ["usa"], Present = true, Place = Aleppo, Time = Feb10 })),
        index.AddClaim(Claim("l-absent", "state-dept", null, NotWithin("usa", place: Aleppo, time: Feb10))),
        index.AddDenial(Denial("l-deny", "russia", null, Did("russia"))),
        index.AddDenial(Denial("l-by-id", "usa", null, null, "c-x", "b-did")),
    ];

    private static string Layout(IEnumerable<Finding> findings) =>
        string.Join("; ", findings.Select(f => f.Kind + " " + string.Join(" ", f.Participants.Select(p => p.Reference))));

    private static ContradictionIndex Fresh()
    {
        var index = new ContradictionIndex(new DetectionOptions { IncludeConsistentComparisons = true });
        index.AddDocument(Base());
        return index;
    }

    [Fact]
    public void A_claim_failing_at_its_last_statement_leaves_no_trace_in_later_adds_or_the_retry()
    {
        var failed = Fresh();
        var before = failed.GetReport();
        Assert.Throws<NullReferenceException>(() => failed.AddClaim(Failing(broken: true)));
        Assert.Same(before, failed.GetReport());
        var clean = Fresh();

        var afterFailure = Later(failed);
        var afterNothing = Later(clean);
        for (var i = 0; i < afterNothing.Length; i++)
        {
            Assert.Equal(Layout(afterNothing[i]), Layout(afterFailure[i]));
        }

        Assert.Equal(clean.GetReport(), failed.GetReport());

        var retried = failed.AddClaim(Failing(broken: false));
        Assert.Equal(Layout(clean.AddClaim(Failing(broken: false))), Layout(retried));
        Assert.Equal(clean.GetReport(), failed.GetReport());
        Assert.Equal(clean.GetReport().ConsistentComparisons, failed.GetReport().ConsistentComparisons);
        Assert.Equal(
            "Denial c-x d-waiting; Denial c-x l-by-id; Denial c-x#0 l-deny; ConflictingResponsibility b-did c-x#0; "
            + "ConflictingResponsibility c-x#0 l-did; PresenceConflict b-absent c-x#3; PresenceConflict c-x#3 l-absent; "
            + "FigureConflict b-deaths c-x#2; FigureConflict c-x#2 l-deaths; TimeConflict c-x#1 l-when",
            Layout(retried));
    }

    [Fact]
    public void A_claim_retried_at_once_meets_again_the_pairs_it_met_before_failing()
    {
        // Retried before anything else is added, the claim's entries take the same ordinals as in the failed add: a
        // denial pair or presence pair the failed add remembered (both sides name several actors) would hide the
        // retry's finding.
        static ContradictionIndex Index()
        {
            var index = new ContradictionIndex();
            index.AddDocument(Document(
                [Claim("b-absent", "usa", null, NotWithin("usa", place: Aleppo, time: Feb10))],
                [Denial("b-deny", "russia", "i1", Did("russia"))]));
            return index;
        }

        static Claim Several(bool broken) => new()
        {
            Id = "c-y",
            Claimant = "syria",
            Incident = "i1",
            Statements =
            [
                new ResponsibilityStatement { Actors = ["russia", "russia-mod"] },
                new PresenceStatement { Actors = ["usa", "us-air-force"], Present = true, Place = Aleppo, Time = Feb10 },
                new TargetStatement { Targets = broken ? [Hospital, null!] : [Hospital] },
            ],
            Reports = Reports("src", "quote of c-y"),
        };

        var failed = Index();
        Assert.Throws<NullReferenceException>(() => failed.AddClaim(Several(broken: true)));
        var retried = failed.AddClaim(Several(broken: false));

        var clean = Index();
        Assert.Equal(Layout(clean.AddClaim(Several(broken: false))), Layout(retried));
        Assert.Equal("Denial c-y#0 b-deny; PresenceConflict b-absent c-y#1", Layout(retried));
        Assert.Equal(clean.GetReport(), failed.GetReport());
    }

    [Fact]
    public void A_denial_retried_at_once_meets_again_the_claim_it_named_before_failing()
    {
        // The denial by id is paired with b-did before its statement throws; retried at once it takes the same
        // ordinal, so a pair left behind would hide the retry's finding.
        var failed = Fresh();
        var broken = Denial("d-broken", "usa", "i1", new ResponsibilityStatement { Actors = [null!] }, "b-did");
        Assert.ThrowsAny<Exception>(() => failed.AddDenial(broken));
        var fixedDenial = broken with { Statement = Did("usa") };
        var retried = failed.AddDenial(fixedDenial);

        var clean = Fresh();
        Assert.Equal(Layout(clean.AddDenial(fixedDenial)), Layout(retried));
        Assert.Equal("Denial b-did d-broken", Layout(retried));
        Assert.Equal(clean.GetReport(), failed.GetReport());
    }

    [Fact]
    public void A_claim_failing_while_it_meets_the_denials_waiting_for_it_leaves_them_waiting()
    {
        // The claim meets nothing by statement; it fails only when the denials waiting for its id are met (a scope
        // outside the enum has no words, so the participant the add returns cannot be made): those denials must wait
        // for the retry again.
        static Claim Waited(bool broken) =>
            Claim("c-x", "syria", "i9", new TargetStatement { Targets = [Hospital], Scope = broken ? (TargetScope)99 : TargetScope.Only });

        var failed = Fresh();
        Assert.ThrowsAny<Exception>(() => failed.AddClaim(Waited(broken: true)));
        var retried = failed.AddClaim(Waited(broken: false));

        var clean = Fresh();
        Assert.Equal(Layout(clean.AddClaim(Waited(broken: false))), Layout(retried));
        Assert.Equal("Denial c-x d-waiting", Layout(retried));
        Assert.Equal(clean.GetReport(), failed.GetReport());
    }

    [Fact]
    public void A_claim_failing_in_an_incident_of_its_own_is_met_once_by_a_general_denial_after_the_retry()
    {
        // The failed add made the first bucket of its statement in incident i7; the retry makes it again. A general
        // denial (no incident) looks the statement up in every incident that has it: i7 once, not once per attempt.
        static Claim Alone(bool broken) => new()
        {
            Id = "c-w",
            Claimant = "syria",
            Incident = "i7",
            Statements = [Did("sohr"), new TargetStatement { Targets = broken ? [Hospital, null!] : [Hospital] }],
            Reports = Reports("src", "quote of c-w"),
        };

        var failed = Fresh();
        Assert.Throws<NullReferenceException>(() => failed.AddClaim(Alone(broken: true)));
        failed.AddClaim(Alone(broken: false));
        var denied = failed.AddDenial(Denial("g-deny", "sohr", null, Did("sohr")));

        var clean = Fresh();
        clean.AddClaim(Alone(broken: false));
        Assert.Equal(Layout(clean.AddDenial(Denial("g-deny", "sohr", null, Did("sohr")))), Layout(denied));
        Assert.Equal("Denial c-w#0 g-deny", Layout(denied));
        Assert.Equal(clean.GetReport(), failed.GetReport());
    }

    [Fact]
    public void A_claim_failing_after_its_revisions_were_recorded_revises_them_on_the_retry()
    {
        static Claim Update(bool broken) => new()
        {
            Id = "c-v",
            Claimant = "russia",
            Incident = "i1",
            Supersedes = ["b-deaths"],
            Retracts = ["b-when"],
            Statements = [Quantity(Figure("deaths", "people", FigureQualifier.Exact, 11, "11")), new TargetStatement { Targets = broken ? [Hospital, null!] : [Hospital] }],
            Reports = Reports("src", "quote of c-v"),
        };

        var failed = Fresh();
        Assert.Throws<NullReferenceException>(() => failed.AddClaim(Update(broken: true)));
        Assert.Empty(failed.GetReport().History);
        failed.AddClaim(Update(broken: false));

        var clean = Fresh();
        clean.AddClaim(Update(broken: false));
        Assert.Equal(
            "b-deaths Superseded c-v; b-when Retracted c-v",
            string.Join("; ", failed.GetReport().History.Select(r => $"{r.Claim} {r.Kind} {r.By}")));
        Assert.Equal(clean.GetReport(), failed.GetReport());
    }

    [Fact]
    public void A_denial_failing_after_it_waits_for_a_claim_leaves_no_trace()
    {
        var failed = Fresh();
        var before = failed.GetReport();
        var broken = Denial("d-broken", "usa", "i1", new ResponsibilityStatement { Actors = [null!] }, "c-later", "b-did");
        Assert.ThrowsAny<Exception>(() => failed.AddDenial(broken));
        Assert.Same(before, failed.GetReport());
        var clean = Fresh();

        var later = Claim("c-later", "russia", "i1", Did("sohr"));
        Assert.Equal(Layout(clean.AddClaim(later)), Layout(failed.AddClaim(later)));
        Assert.Equal(clean.GetReport(), failed.GetReport());

        var fixedDenial = broken with { Statement = Did("usa") };
        Assert.Equal(Layout(clean.AddDenial(fixedDenial)), Layout(failed.AddDenial(fixedDenial)));
        Assert.Equal(clean.GetReport(), failed.GetReport());
    }
}
