using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The id a <see cref="FindingList"/> computes from a finding's compact form, without making the finding, is
/// the id of the finding made (its kind, incident and both participants' role, id and statement position), before and
/// after the finding is read, and the finding read then has that id.</summary>
public sealed class FindingListIdsTests
{
    /// <summary>Findings whose participants differ in role, id and statement position: a claim of two statements
    /// (participants with positions) denied in its first, and the findings of <see cref="Build.Mixed"/>.</summary>
    private static ContradictionReport Analyze() => ContradictionDetector.Analyze(Mixed() with
    {
        Claims = Mixed().Claims.Add(Claim("c8", "konashenkov", "i2", Did("usa")) with { Statements = [Did("usa"), Occurred(Day(2016, 2, 10, "Asia/Damascus", 2))] }),
        Denials = Mixed().Denials.Add(Denial("d2", "usa", "i2", Did("usa"))),
    });

    /// <summary>Each finding's id as the finding computes it from its own participants.</summary>
    private static string[] Expected() => Analyze().Findings.Select(f => StableId.Of(f)).ToArray();

    [Fact]
    public void Ids_from_the_compact_form_are_the_ids_of_the_findings()
    {
        var expected = Expected();
        var list = Analyze().Findings;

        Assert.Contains(Analyze().Findings, f => f.Participants.Any(p => p.Statement is not null) && f.Participants.Any(p => p.Statement is null));
        Assert.Contains(Analyze().Findings, f => f.Participants[0].Role != f.Participants[1].Role);
        Assert.Equal(expected, Enumerable.Range(0, list.Count).Select(list.IdAt));
        Assert.Equal(expected, list.Select(f => f.Id));
        Assert.Equal(expected, Enumerable.Range(0, list.Count).Select(list.IdAt));
    }

    [Fact]
    public void Ids_of_findings_read_first_are_the_same()
    {
        var expected = Expected();
        var list = Analyze().Findings;

        Assert.Equal(expected, list.Select(f => f.Id));
        Assert.Equal(expected, Enumerable.Range(0, list.Count).Select(list.IdAt));
        Assert.Equal(expected, Enumerable.Range(0, list.Count).Select(i => StableId.Of(list.CompactAt(i))));
    }

    [Fact]
    public void Ids_of_a_list_made_outside_the_engine_are_its_findings_ids()
    {
        var expected = Expected();
        var list = FindingList.From(Analyze().Findings);

        Assert.Equal(expected, Enumerable.Range(0, list.Count).Select(list.IdAt));
    }
}
