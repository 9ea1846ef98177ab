using System.Collections;
using System.Diagnostics.CodeAnalysis;
using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>An add that throws leaves the index as it was: the record is not counted, nothing it touched stays
/// in a bucket, no finding of it is kept, and the same add succeeds once the cause is gone.</summary>
public class FailedAddTests
{
    [Fact]
    public void A_claim_whose_time_fails_to_resolve_is_not_kept_and_a_retry_finds_its_conflicts()
    {
        var dayParts = new FailingDayParts();
        var index = new ContradictionIndex(new DetectionOptions { Time = TimePolicy.Default with { DayParts = dayParts } });
        index.AddDocument(Document(
        [
            Claim("c-morning", "russia", "i1", Occurred(Day(2016, 2, 10, "Asia/Damascus", 2))),
            Claim("c-figure", "russia", "i1", Quantity(Figure("deaths", "people", FigureQualifier.Exact, 10, "10"))),
        ]));
        var before = index.GetReport();

        dayParts.Fail = true;
        var evening = Claim("c-evening", "usa", "i1", Quantity(Figure("deaths", "people", FigureQualifier.Exact, 50, "50"), period: Day(2016, 2, 11, "Asia/Damascus", 2, DayPart.Evening)));
        Assert.Throws<InvalidOperationException>(() => index.AddClaim(evening));
        Assert.Same(before, index.GetReport());
        Assert.Equal(2, index.GetReport().ClaimCount);

        dayParts.Fail = false;
        var created = index.AddClaim(evening);
        Assert.Equal([(FindingKind.FigureConflict, "c-evening c-figure")], created.Select(Pair));
        Assert.Equal(3, index.GetReport().ClaimCount);
    }

    [Fact]
    public void A_claim_that_fails_after_its_first_finding_leaves_no_finding_and_the_pending_denial_waiting()
    {
        // c-late is denied by id by a denial added before it: that finding is made, then its second target
        // (null: the index does not validate) throws.
        var index = new ContradictionIndex();
        index.AddDocument(Document(denials: [Denial("d-pending", "usa", null, null, "c-late")]));
        var before = index.GetReport();

        var hospital = new Target { Kind = TargetKind.Hospital };
        var broken = Claim("c-late", "russia", "i1", new TargetStatement { Targets = [hospital, null!] });
        Assert.Throws<NullReferenceException>(() => index.AddClaim(broken));
        Assert.Same(before, index.GetReport());

        var created = index.AddClaim(broken with { Statements = [new TargetStatement { Targets = [hospital] }] });
        Assert.Equal([(FindingKind.Denial, "c-late d-pending")], created.Select(Pair));
        Assert.Equal(
            [(FindingKind.Denial, "c-late d-statement")],
            index.AddDenial(Denial("d-statement", "usa", "i1", new TargetStatement { Targets = [hospital] })).Select(Pair));
        Assert.Equal((1, 2, 2), (index.GetReport().ClaimCount, index.GetReport().DenialCount, index.GetReport().Findings.Count));
    }

    [Fact]
    public void A_denial_that_fails_after_its_first_finding_is_not_kept_and_a_retry_denies()
    {
        var index = new ContradictionIndex();
        index.AddDocument(Document([Claim("c-1", "russia", "i1", Did("usa"))]));
        var before = index.GetReport();

        // Denied by id first (a finding), then the statement's null actor throws.
        var broken = Denial("d-1", "usa", "i1", new ResponsibilityStatement { Actors = [null!] }, "c-1");
        Assert.Throws<ArgumentNullException>(() => index.AddDenial(broken));
        Assert.Same(before, index.GetReport());
        Assert.Empty(index.AddClaim(Claim("c-2", "russia", "i2", Did("syria"))));
        Assert.Equal((2, 0, 0), (index.GetReport().ClaimCount, index.GetReport().DenialCount, index.GetReport().Findings.Count));

        var created = index.AddDenial(broken with { Statement = Did("usa") });
        Assert.Equal([(FindingKind.Denial, "c-1 d-1")], created.Select(Pair));
        Assert.Equal((2, 1, 1), (index.GetReport().ClaimCount, index.GetReport().DenialCount, index.GetReport().Findings.Count));
    }

    private static (FindingKind Kind, string Ids) Pair(Finding finding) =>
        (finding.Kind, string.Join(" ", finding.Participants.Select(p => p.Id).Order(StringComparer.Ordinal)));

    /// <summary>The default day parts, failing every lookup while <see cref="Fail"/> is set.</summary>
    private sealed class FailingDayParts : IReadOnlyDictionary<DayPart, DayPartBounds>
    {
        private readonly IReadOnlyDictionary<DayPart, DayPartBounds> _inner = TimePolicy.Default.DayParts;

        public bool Fail { get; set; }

        public DayPartBounds this[DayPart key] => _inner[key];

        public IEnumerable<DayPart> Keys => _inner.Keys;

        public IEnumerable<DayPartBounds> Values => _inner.Values;

        public int Count => _inner.Count;

        public bool ContainsKey(DayPart key) => _inner.ContainsKey(key);

        public bool TryGetValue(DayPart key, [MaybeNullWhen(false)] out DayPartBounds value) =>
            Fail ? throw new InvalidOperationException("day parts unavailable") : _inner.TryGetValue(key, out value);

        public IEnumerator<KeyValuePair<DayPart, DayPartBounds>> GetEnumerator() => _inner.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
