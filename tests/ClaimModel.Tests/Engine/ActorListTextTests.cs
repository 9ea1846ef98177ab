using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>How a list of actors reads: "A and B", "A, B and C" for actors acting jointly, "A or B", "A, B or C" for
/// "either of", in what a participant says and in a responsibility conflict's sentence, with every actor's side.</summary>
public class ActorListTextTests
{
    private static ContradictionReport AgainstRussia(ActorCombination combination, params string[] actors) =>
        ContradictionDetector.Analyze(Document(
            [Claim("c1", "konashenkov", "i1", new ResponsibilityStatement { Actors = actors, Combination = combination }), Claim("c2", "state-dept", "i1", Did("russia"))]));

    private static string SaysOfC1(ContradictionReport report) => Assert.Single(report.Findings).Participants.Single(p => p.Id == "c1").Says;

    [Theory]
    [InlineData(ActorCombination.Jointly, "USA and SOHR carried it out", "usa", "sohr")]
    [InlineData(ActorCombination.EitherOf, "USA or SOHR carried it out", "usa", "sohr")]
    [InlineData(ActorCombination.Jointly, "USA, SOHR and SYRIA carried it out", "usa", "sohr", "syria")]
    [InlineData(ActorCombination.EitherOf, "USA, SOHR or SYRIA carried it out", "usa", "sohr", "syria")]
    [InlineData(ActorCombination.EitherOf, "USA carried it out", "usa")]
    public void A_participant_names_the_actors_as_the_statement_combines_them(ActorCombination combination, string says, params string[] actors)
    {
        Assert.Equal(says, SaysOfC1(AgainstRussia(combination, actors)));
    }

    [Fact]
    public void A_responsibility_conflict_names_either_of_two_actors_with_or_and_lists_their_sides()
    {
        var finding = Assert.Single(AgainstRussia(ActorCombination.EitherOf, "usa", "sohr").Findings);

        Assert.Equal(
            "KONASHENKOV (side russia) says USA or SOHR carried out i1 (c1); STATE-DEPT (side coalition) says RUSSIA did (c2); neither is affiliated with the other (sides coalition, sohr and russia).",
            finding.Explanation);
    }

    [Fact]
    public void A_responsibility_conflict_names_actors_acting_jointly_with_and()
    {
        var finding = Assert.Single(AgainstRussia(ActorCombination.Jointly, "usa", "sohr").Findings);

        Assert.StartsWith("KONASHENKOV (side russia) says USA and SOHR carried out i1 (c1);", finding.Explanation, StringComparison.Ordinal);
    }
}
