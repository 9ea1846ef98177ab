using ClaimModel.Engine;
using ClaimModel.Synthetic;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary><see cref="FindingOrder"/> orders findings by incident (none first), kind, then participants element by
/// element — id, role, statement position (none first) — shorter lists first, nulls before findings; and it orders
/// compact findings as it orders the findings they make.</summary>
public sealed class FindingOrderTests
{
    private static int Compare(Finding? x, Finding? y) => FindingOrder.Instance.Compare(x, y);

    [Fact]
    public void Null_comes_first_and_a_finding_equals_itself()
    {
        var finding = Made(FindingKind.Denial, "i1", Participant("c1"), Participant("d1", ParticipantRole.Denial));

        Assert.Equal(0, Compare(null, null));
        Assert.Equal(0, Compare(finding, finding));
        Assert.Equal(0, Compare(finding, finding with { }));
        Assert.True(Compare(null, finding) < 0);
        Assert.True(Compare(finding, null) > 0);
    }

    public static TheoryData<string, string> Ordered => new()
    {
        // (lower, higher): each pair differs in one part of the key.
        { "incident none", "incident i1" },
        { "incident i1", "incident i2" },
        { "kind denial", "kind figure" },
        { "first id c1", "first id c2" },
        { "second id d1", "second id d2" },
        { "role claim", "role denial" },
        { "statement none", "statement 0" },
        { "statement 1", "statement 2" },
        { "one participant", "two participants" },
    };

    [Theory]
    [MemberData(nameof(Ordered))]
    public void Findings_are_ordered_by_each_part_of_the_key(string lower, string higher)
    {
        var (x, y) = (Finding(lower), Finding(higher));

        Assert.True(Compare(x, y) < 0);
        Assert.True(Compare(y, x) > 0);
    }

    [Fact]
    public void Compact_findings_are_ordered_as_the_findings_they_make()
    {
        var findings = ContradictionDetector.Analyze(Mixed() with { Claims = Mixed().Claims.Add(Claim("c0", "sohr", null, Did("usa"))) }).Findings;
        var compacts = Enumerable.Range(0, findings.Count).Select(findings.CompactAt).ToArray();

        Assert.True(findings.Select(f => (f.Incident, f.Kind)).Distinct().Count() > 2);
        for (var i = 0; i < compacts.Length; i++)
        {
            for (var j = 0; j < compacts.Length; j++)
            {
                Assert.Equal(Math.Sign(Compare(findings[i], findings[j])), Math.Sign(FindingOrder.Instance.Compare(compacts[i], compacts[j])));
                Assert.Equal(Math.Sign(i.CompareTo(j)), Math.Sign(FindingOrder.Instance.Compare(compacts[i], compacts[j])));
            }
        }
    }

    [Fact]
    public void Sorting_findings_gives_report_order()
    {
        var findings = ContradictionDetector.Analyze(Mixed()).Findings.ToArray();
        var shuffled = findings.Reverse().ToArray();

        FindingOrder.Sort(shuffled);

        Assert.Equal(findings, shuffled);
    }

    [Fact]
    public void Sorting_compact_findings_gives_report_order_whatever_order_they_were_found_in()
    {
        // Three incidents and none (a general denial of a claim without incident), several findings each, in orders
        // the index could have found them in.
        var document = Mixed() with
        {
            Claims = ValueList.Create<Claim>(
            [
                .. Mixed().Claims,
                Claim("c0", "sohr", null, Did("usa")),
                Claim("c00", "usa", null, Did("russia")),
                Claim("c7", "syria", "i3", Did("russia")),
                Claim("c8", "state-dept", "i3", Did("usa")),
                Claim("c9", "usa", "i2", Quantity(Figure("deaths", "people", FigureQualifier.Exact, 90, "90"))),
            ]),
            Denials = ValueList.Create<Denial>([.. Mixed().Denials, Denial("d0", "usa", null, Did("usa"))]),
        };
        var findings = ContradictionDetector.Analyze(document).Findings;
        Assert.Equal([null, "i1", "i2", "i3"], findings.Select(f => f.Incident).Distinct());
        Assert.True(findings.Count >= 8);
        AssertSortedWhateverTheOrderFound(findings);
    }

    [Fact]
    public void Many_incidents_of_one_finding_each_are_sorted_as_a_few_busy_ones_are()
    {
        // More incidents than the counting sort keeps a count for (kinds × incidents past twice the findings): the
        // comparison sort of the keys takes over, with the same order.
        var incidents = Enumerable.Range(0, 300).Select(i => $"i{(i * 7919) % 300:D3}").ToArray();
        var document = Document(
            incidents.SelectMany(i => new[] { Claim("a-" + i, "konashenkov", i, Did("usa")), Claim("b-" + i, "state-dept", i, Did("russia")) }),
            incidents: incidents.Select(i => Incident(i)));
        var findings = ContradictionDetector.Analyze(document).Findings;

        Assert.Equal(300, findings.Count);
        Assert.Equal(incidents.Order(StringComparer.Ordinal), findings.Select(f => f.Incident));
        AssertSortedWhateverTheOrderFound(findings);
    }

    /// <summary>Sorting the positions of <paramref name="findings"/>' compact forms, kept in chunks in five shuffled
    /// orders (orders the index could have found them in), gives the report's order.</summary>
    private static void AssertSortedWhateverTheOrderFound(FindingList findings)
    {
        foreach (var seed in new[] { 1, 2, 3, 4, 5 })
        {
            var found = Enumerable.Range(0, findings.Count).Order(new Shuffle(seed)).ToArray();
            var chunks = Array.Empty<CompactFinding[]>();
            for (var i = 0; i < found.Length; i++)
            {
                CompactFindingChunks.Append(ref chunks, i, findings.CompactAt(found[i]));
            }

            var order = Enumerable.Range(0, found.Length).ToArray();
            FindingOrder.Sort(order, chunks);

            Assert.Equal(Enumerable.Range(0, found.Length), order.Select(i => found[i]));
        }
    }

    [Fact]
    public void A_report_sorted_on_two_threads_is_in_the_order_one_thread_gives()
    {
        var findings = ContradictionDetector.Analyze(SyntheticCorpus.Generate(80_000, 3)).Findings;
        Assert.True(findings.Count >= FindingOrder.ParallelFrom);
        var one = findings.ToArray();
        var reversed = one.Reverse().ToArray();

        FindingOrder.Sort(reversed);

        Assert.Equal(one.Select(f => f.Id), reversed.Select(f => f.Id));
        Assert.Equal(findings.Count, one.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>A fixed random order of positions.</summary>
    private sealed class Shuffle(int seed) : IComparer<int>
    {
        public int Compare(int x, int y) => Key(x).CompareTo(Key(y));

        private int Key(int position) => HashCode.Combine(seed, position) ^ (position * 7919);
    }

    /// <summary>A finding named by the part of the key that sets it apart.</summary>
    private static Finding Finding(string name)
    {
        var claim = Participant("c1");
        var denial = Participant("d1", ParticipantRole.Denial);
        return name switch
        {
            "incident none" => Made(FindingKind.Denial, null, claim, denial),
            "incident i1" => Made(FindingKind.Denial, "i1", claim, denial),
            "incident i2" => Made(FindingKind.Denial, "i2", claim, denial),
            "kind denial" => Made(FindingKind.Denial, "i1", claim, denial),
            "kind figure" => Made(FindingKind.FigureConflict, "i1", claim, denial),
            "first id c1" => Made(FindingKind.Denial, "i1", Participant("c1"), Participant("c9")),
            "first id c2" => Made(FindingKind.Denial, "i1", Participant("c2"), Participant("c9")),
            "second id d1" => Made(FindingKind.Denial, "i1", claim, Participant("d1", ParticipantRole.Denial)),
            "second id d2" => Made(FindingKind.Denial, "i1", claim, Participant("d2", ParticipantRole.Denial)),
            // The same id in both roles: the role decides, whatever the statement positions.
            "role claim" => Made(FindingKind.Denial, "i1", Participant("x", ParticipantRole.Claim, 5), denial),
            "role denial" => Made(FindingKind.Denial, "i1", Participant("x", ParticipantRole.Denial), denial),
            "statement none" => Made(FindingKind.Denial, "i1", Participant("c1"), denial),
            "statement 0" => Made(FindingKind.Denial, "i1", Participant("c1", statement: 0), denial),
            "statement 1" => Made(FindingKind.Denial, "i1", Participant("c1", statement: 1), denial),
            "statement 2" => Made(FindingKind.Denial, "i1", Participant("c1", statement: 2), denial),
            "one participant" => Made(FindingKind.Denial, "i1", claim),
            "two participants" => Made(FindingKind.Denial, "i1", claim, denial),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such finding"),
        };
    }
}
