using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>A <see cref="FindingList"/> equals another list with equal findings in the same order — an engine list, a
/// copy of it, or a list made outside the engine — with an equal hash code (the findings' hash codes combined in
/// order); a list of other findings, or of more or fewer, is not equal. It prints its count.</summary>
public sealed class FindingListEqualityTests
{
    private static FindingList Engine() => ContradictionDetector.Analyze(Mixed()).Findings;

    [Fact]
    public void Lists_of_equal_findings_are_equal_with_equal_hash_codes()
    {
        var list = Engine();
        var again = Engine();
        var made = FindingList.From(Engine().ToArray());
        var copy = list with { };

        Assert.True(list.Count > 2);
        foreach (var (x, y) in new[] { (list, again), (list, made), (made, list), (list, copy), (copy, list), (list, list), (made, made) })
        {
            Assert.True(x.Equals(y));
            Assert.Equal(x.GetHashCode(), y.GetHashCode());
        }
    }

    [Fact]
    public void The_hash_code_combines_the_findings_hash_codes_in_order()
    {
        var list = Engine();
        var expected = new HashCode();
        foreach (var finding in Engine())
        {
            expected.Add(finding);
        }

        Assert.Equal(expected.ToHashCode(), list.GetHashCode());
        Assert.Equal(expected.ToHashCode(), FindingList.From(Engine()).GetHashCode());
        Assert.Equal(new HashCode().ToHashCode(), FindingList.Empty.GetHashCode());
    }

    [Fact]
    public void Lists_of_other_findings_or_of_another_count_are_not_equal()
    {
        var list = Engine();
        var findings = Engine().ToArray();
        var reversed = FindingList.From(findings.Reverse());
        var shorter = FindingList.From(findings[..^1]);
        var other = ContradictionDetector.Analyze(Mixed() with { Claims = ValueList.From(Mixed().Claims.Select(c => c.Id == "c5" ? c with { Statements = [Did("russia")] } : c)) }).Findings;

        Assert.Equal(list.Count, other.Count);
        foreach (var (x, y) in new[] { (list, reversed), (reversed, list), (list, shorter), (shorter, list), (list, other), (other, list), (FindingList.From(findings), reversed) })
        {
            Assert.False(x.Equals(y));
        }

        Assert.False(list.Equals(null));
        Assert.False(FindingList.From(findings).Equals(null));
    }

    [Fact]
    public void Empty_lists_are_equal_to_empty()
    {
        FindingList expression = [];

        Assert.True(FindingList.Empty.Equals(expression));
        Assert.True(FindingList.Empty.Equals(FindingList.From([])));
        Assert.True(FindingList.Empty.Equals(ContradictionDetector.Analyze(Document()).Findings));
        Assert.False(FindingList.Empty.Equals(Engine()));
    }

    [Fact]
    public void A_list_prints_its_count()
    {
        Assert.Equal($"[{Engine().Count} items]", Engine().ToString());
        Assert.Equal("[0 items]", FindingList.Empty.ToString());
    }
}
