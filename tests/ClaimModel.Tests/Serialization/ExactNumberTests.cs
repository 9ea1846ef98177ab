using System.Globalization;
using ClaimModel.Serialization;

namespace ClaimModel.Tests.Serialization;

/// <summary>Figure values are read exactly or refused: a number <see cref="decimal"/> cannot hold exactly (it would
/// underflow to 0 or be rounded) is an error naming the path and the number; every number it holds exactly reads
/// as before, whatever its notation.</summary>
public class ExactNumberTests
{
    [Theory]
    [InlineData("1e-400", "0.0000000000000000000000000000")]
    [InlineData("0.123456789012345678901234567891", "0.1234567890123456789012345679")]
    [InlineData("1.00000000000000000000000000001", "1.0000000000000000000000000000")]
    [InlineData("0.00000000000000000000000000001", "0.0000000000000000000000000000")]
    [InlineData("7922816251426433759354395033.51", "7922816251426433759354395033.5")]
    [InlineData("12345678901234567890123456789.1", "12345678901234567890123456789")]
    [InlineData("1.5e-30", "0.0000000000000000000000000000")]
    public void A_number_decimal_cannot_hold_exactly_is_refused_with_its_path(string number, string rounded)
    {
        var error = Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize(Figure(number)));

        Assert.Equal("$.claims[0].statement.figure.value", error.Path);
        Assert.Contains($"The number {number} cannot be held exactly by a decimal (it would read as {rounded})", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12.50", "12.50")]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("0e-999", "0.0000000000000000000000000000")]
    [InlineData("1e3", "1000")]
    [InlineData("1.5E+2", "150")]
    [InlineData("2500e-2", "25.00")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("1e-28", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("7.9228162514264337593543950335e28", "79228162514264337593543950335")]
    [InlineData("1.000000000000000000000000000000", "1.0000000000000000000000000000")]
    [InlineData("1234567890123456789012345678.9", "1234567890123456789012345678.9")]
    [InlineData("100000000000000000000000000000e-2", "1000000000000000000000000000.0")]
    public void A_number_decimal_holds_exactly_reads_as_before(string number, string value)
    {
        var document = ClaimJson.Deserialize(Figure(number));
        var figure = ((QuantityStatement)document.Claims[0].Statements[0]).Figure;

        Assert.Equal(value, figure.Value!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_upper_value_is_read_exactly_too()
    {
        var json = Figure("1").Replace("\"value\":1", "\"value\":1,\"upperValue\":1e-400", StringComparison.Ordinal);
        var error = Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize(json));
        Assert.Equal("$.claims[0].statement.figure.upperValue", error.Path);
    }

    private static string Figure(string number) =>
        "{\"formatVersion\":1,\"claims\":[{\"id\":\"c\",\"claimant\":\"a\",\"statement\":{\"kind\":\"quantity\",\"figure\":"
        + "{\"measure\":\"deaths\",\"unit\":\"people\",\"qualifier\":\"between\",\"value\":" + number + ",\"text\":\"t\"}},"
        + "\"reports\":[{\"source\":\"s\",\"quote\":{\"exact\":\"q\"}}]}]}";
}
