using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Two exclusive target accounts that each name what the other does not: the finding's explanation leads
/// with the account first in canonical order (by id), whichever was added first.</summary>
public class TargetsBothExclusiveOrderTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_explanation_leads_with_the_canonical_first_account(bool canonicalFirst)
    {
        var a = Claim("c-a", "syria", "i1", Only(TargetKind.MilitaryFacility));
        var b = Claim("c-b", "sohr", "i1", Only(TargetKind.Hospital));
        var index = new ContradictionIndex();
        index.AddDocument(Document());
        index.AddClaim(canonicalFirst ? a : b);
        var finding = Assert.Single(index.AddClaim(canonicalFirst ? b : a));

        Assert.Equal(FindingKind.TargetConflict, finding.Kind);
        Assert.True(
            finding.Explanation.IndexOf("(c-a)", StringComparison.Ordinal) < finding.Explanation.IndexOf("(c-b)", StringComparison.Ordinal),
            finding.Explanation);
    }
}
