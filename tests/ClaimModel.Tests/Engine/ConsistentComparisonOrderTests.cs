using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>Consistent comparisons are listed like findings — by incident, kind, then participants — and a missing
/// comparison sorts first.</summary>
public class ConsistentComparisonOrderTests
{
    private static readonly ConsistentComparisonOrder Order = ConsistentComparisonOrder.Instance;

    private static ConsistentComparison Comparison(string? incident, ComparisonKind kind, string first, string second) => new()
    {
        Kind = kind,
        Incident = incident,
        Participants = [Participant(first), Participant(second)],
        Intervals = [],
        Explanation = "consistent",
    };

    private static FindingParticipant Participant(string id) => new()
    {
        Id = id,
        Role = ParticipantRole.Claim,
        Claimant = "c",
        ClaimantName = "C",
        Sides = ["c"],
        Modality = Modality.Asserted,
        Says = "says",
        Reports = [],
    };

    [Fact]
    public void A_missing_comparison_sorts_first_and_one_equals_itself()
    {
        var a = Comparison("i1", ComparisonKind.Figure, "c1", "c2");
        Assert.Equal(0, Order.Compare(null, null));
        Assert.Equal(0, Order.Compare(a, a));
        Assert.True(Order.Compare(null, a) < 0);
        Assert.True(Order.Compare(a, null) > 0);
    }

    [Fact]
    public void Comparisons_go_by_incident_then_kind_then_participants()
    {
        ConsistentComparison[] sorted =
        [
            Comparison(null, ComparisonKind.Time, "c1", "c2"),
            Comparison("i1", ComparisonKind.Figure, "c1", "c3"),
            Comparison("i1", ComparisonKind.Figure, "c2", "c3"),
            Comparison("i1", ComparisonKind.Time, "c1", "c2"),
            Comparison("i2", ComparisonKind.Figure, "c1", "c2"),
        ];
        var shuffled = sorted.Reverse().ToArray();
        Array.Sort(shuffled, Order);
        Assert.Equal(sorted, shuffled);
        for (var i = 1; i < sorted.Length; i++)
        {
            Assert.True(Order.Compare(sorted[i - 1], sorted[i]) < 0, $"{i - 1} before {i}");
            Assert.True(Order.Compare(sorted[i], sorted[i - 1]) > 0, $"{i} after {i - 1}");
        }

        Assert.Equal(0, Order.Compare(Comparison("i1", ComparisonKind.Figure, "c1", "c3"), sorted[1]));
    }
}
