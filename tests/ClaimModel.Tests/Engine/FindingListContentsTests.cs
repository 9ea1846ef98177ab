using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Every way of making and reading a <see cref="FindingList"/> gives the findings it was made of, in order: a
/// collection expression, <see cref="FindingList.Create"/>, <see cref="FindingList.From"/> and the conversion from a
/// <see cref="ValueList{T}"/>; the indexer, the enumerator, <see cref="FindingList.ToValueList"/>, the compact forms and
/// a read of each finding once, for an engine list and for one made outside the engine.</summary>
public sealed class FindingListContentsTests
{
    private static Finding[] Findings() => ContradictionDetector.Analyze(Mixed()).Findings.ToArray();

    public static TheoryData<string> Makers => ["expression", "create", "from", "value list", "engine"];

    private static FindingList Make(string maker, Finding[] findings) => maker switch
    {
        "expression" => [.. findings],
        "create" => FindingList.Create(findings),
        "from" => FindingList.From(findings.Select(f => f)),
        "value list" => new ValueList<Finding>(findings),
        "engine" => ContradictionDetector.Analyze(Mixed()).Findings,
        _ => throw new ArgumentOutOfRangeException(nameof(maker), maker, "no such maker"),
    };

    [Theory]
    [MemberData(nameof(Makers))]
    public void A_list_reads_back_its_findings_in_order(string maker)
    {
        var findings = Findings();
        var list = Make(maker, findings);

        Assert.True(findings.Length > 2);
        Assert.Equal(findings.Length, list.Count);
        Assert.False(list.IsEmpty);
        Assert.Equal(findings, Enumerable.Range(0, list.Count).Select(i => list[i]));
        Assert.Equal(findings, list.ToValueList());
        Assert.Equal(findings.Select(f => (f.Kind, f.Severity, f.Incident)), list.Compacts().Select(c => (c.Kind, c.Severity, c.Incident)));
        Assert.Equal(findings, list);
    }

    [Theory]
    [MemberData(nameof(Makers))]
    public void A_list_of_no_findings_is_empty(string maker)
    {
        var list = maker == "engine" ? ContradictionDetector.Analyze(Document()).Findings : Make(maker, []);

        Assert.True(list.IsEmpty);
        Assert.True(list.Count == 0);
        Assert.Empty(list);
        Assert.Empty(list.ToValueList());
        Assert.Empty(list.Compacts());
    }

    [Fact]
    public void From_rejects_a_null_sequence()
    {
        Assert.Equal("findings", Assert.Throws<ArgumentNullException>(() => FindingList.From(null!)).ParamName);
    }
}
