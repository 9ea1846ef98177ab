using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>A claim that two actors of different families acted together ("Russian and Syrian jets struck") is denied
/// by either one: the batch files the claim under each actor a denial of the batch looks up, and finds what the
/// incremental index finds.</summary>
public class JointPerpetratorsBatchTests
{
    [Theory]
    [InlineData("syria")]
    [InlineData("russia")]
    public void Either_actor_of_a_joint_accusation_denies_it_in_the_batch_as_in_the_index(string denier)
    {
        var claim = Claim("c1", "sohr", "i1", new ResponsibilityStatement { Actors = ["russia", "syria"] });
        var denial = Denial("d1", denier, "i1", Did(denier));

        var batch = ContradictionDetector.Analyze(Document([claim], [denial]));
        var index = new ContradictionIndex();
        index.AddDocument(Document([claim]));
        var added = index.AddDenial(denial);

        Assert.Equal(["c1", "d1"], Assert.Single(batch.Findings).Participants.Select(p => p.Id));
        Assert.Equal(batch.Findings.Select(f => f.Explanation), added.Select(f => f.Explanation));
    }
}
