using ClaimModel.Engine;

namespace ClaimModel.Tests.Model;

public class UnitTableTests
{
    [Theory]
    [InlineData("people", true)]
    [InlineData("sorties", true)]
    [InlineData("facilities", true)]
    [InlineData("km", false)]
    [InlineData("miles", false)]
    [InlineData("day", false)]
    [InlineData("h", false)]
    [InlineData("KM", true)]
    public void Every_unit_but_a_known_length_or_duration_is_a_count(string unit, bool count) =>
        Assert.Equal(count, UnitTable.IsCount(unit));

    [Fact]
    public void The_engine_default_units_are_the_table()
    {
        Assert.Equal(
            UnitTable.Entries.Select(e => (e.Unit, e.Dimension, e.Factor)).OrderBy(e => e.Unit, StringComparer.Ordinal),
            FigurePolicy.Default.Units.Select(p => (p.Key, p.Value.Dimension, p.Value.Factor)).OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.All(FigurePolicy.Default.Units.Values, u => Assert.True(u.Continuous));
        Assert.Equal(UnitTable.Length, UnitTable.DimensionOf("mi"));
        Assert.Equal(UnitTable.Duration, UnitTable.DimensionOf("minutes"));
        Assert.Null(UnitTable.DimensionOf("people"));
    }
}
