using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The figures an index compared (what the disputes' figure ranges read) are every compared quantity, in the
/// order added, however many an index collects one add at a time — the same as a batch of the same claims.</summary>
public class IncrementalFiguresTests
{
    [Fact]
    public void Forty_quantities_added_one_by_one_are_the_figures_of_the_batch()
    {
        var claims = Enumerable.Range(1, 40)
            .Select(i => Claim($"c{i:00}", i % 2 == 0 ? "syria" : "sohr", $"i{i % 7}", Quantity(Figure("deaths", "people", FigureQualifier.Exact, i, i.ToString(System.Globalization.CultureInfo.InvariantCulture)))))
            .Append(Claim("c-none", "sohr", "i1", Did("russia")))
            .ToList();
        var index = new ContradictionIndex();
        index.AddDocument(Document());
        foreach (var claim in claims)
        {
            index.AddClaim(claim);
        }

        var batch = ContradictionDetector.Analyze(Document(claims));
        var added = index.GetReport().Figures.ToArray().Select(entry => entry.Id).ToList();

        Assert.Equal(claims.Take(40).Select(c => c.Id), added);
        Assert.Equal(batch.Figures.ToArray().Select(entry => entry.Id), added);
    }
}
