using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Tests.Support;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Disputes;

/// <summary>Figure ranges come by incident, measure and unit in ordinal order whatever the current culture: "x-1"
/// before "x_1" ('-' is U+002D, '_' U+005F), where a culture's collation puts the underscore first.</summary>
public class FigureRangeOrderTests
{
    private static ClaimDocument TwoIncidents() => Document(
        [
            Claim("c1", "konashenkov", "x_1", Quantity(Figure("killed", "people", FigureQualifier.Exact, 5, "5"))),
            Claim("c2", "russia-mod", "x_1", Quantity(Figure("killed", "people", FigureQualifier.Exact, 50, "50"))),
            Claim("c3", "konashenkov", "x-1", Quantity(Figure("killed", "people", FigureQualifier.Exact, 7, "7"))),
            Claim("c4", "russia-mod", "x-1", Quantity(Figure("killed", "people", FigureQualifier.Exact, 70, "70"))),
            Claim("c5", "russia-mod", "x-1", Quantity(Figure("injured", "people", FigureQualifier.Exact, 70, "70"))),
        ],
        incidents: [Incident("x_1"), Incident("x-1", "Homs")]);

    [Theory]
    [MemberData(nameof(CultureScope.Hostile), MemberType = typeof(CultureScope))]
    [InlineData("en-US")]
    public void Ranges_are_in_ordinal_order_of_incident_then_measure(string culture)
    {
        using var scope = new CultureScope(culture);
        var report = ContradictionDetector.Analyze(TwoIncidents());

        var keys = FigureRanges.Of(report).Select(r => r.Incident + "/" + r.Measure).ToList();

        Assert.Equal(["x-1/injured", "x-1/killed", "x_1/killed"], keys);
    }
}
