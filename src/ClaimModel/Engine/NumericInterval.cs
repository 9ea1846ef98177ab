using System.Globalization;
using System.Runtime.InteropServices;

namespace ClaimModel.Engine;

/// <summary>An interval of real numbers with open or closed ends (infinite ends are open).</summary>
/// <param name="Lower">The lower bound (may be negative infinity).</param>
/// <param name="LowerOpen">Whether the lower bound is excluded.</param>
/// <param name="Upper">The upper bound (may be positive infinity).</param>
/// <param name="UpperOpen">Whether the upper bound is excluded.</param>
[StructLayout(LayoutKind.Auto)] // 24 bytes (the two flags side by side) instead of 32 in every claim entry
internal readonly record struct NumericInterval(double Lower, bool LowerOpen, double Upper, bool UpperOpen) : ISpanFormattable
{
    /// <summary>The interval multiplied by a positive factor.</summary>
    public NumericInterval Scale(double factor) => new(Lower * factor, LowerOpen, Upper * factor, UpperOpen);

    /// <summary>Whether the two intervals share at least one number.</summary>
    public bool Overlaps(NumericInterval other) => !IsBelow(this, other) && !IsBelow(other, this);

    /// <summary>The numbers both intervals hold (meaningful when they overlap): the larger lower bound and the
    /// smaller upper bound, each open when the bound it comes from is (open wins on a tie).</summary>
    public NumericInterval Intersection(NumericInterval other)
    {
        var (lower, lowerOpen) = Lower > other.Lower ? (Lower, LowerOpen)
            : other.Lower > Lower ? (other.Lower, other.LowerOpen)
            : (Lower, LowerOpen || other.LowerOpen);
        var (upper, upperOpen) = Upper < other.Upper ? (Upper, UpperOpen)
            : other.Upper < Upper ? (other.Upper, other.UpperOpen)
            : (Upper, UpperOpen || other.UpperOpen);
        return new NumericInterval(lower, lowerOpen, upper, upperOpen);
    }

    /// <summary>The bounds rounded to 6 decimals, for display of converted values (12 mi = 19312.128 m, not
    /// 19312.128000000001).</summary>
    public NumericInterval Rounded() => new(Math.Round(Lower, 6), LowerOpen, Math.Round(Upper, 6), UpperOpen);

    /// <summary>The gap between two non-overlapping intervals divided by the larger absolute value of the two
    /// facing bounds (0 when both are 0); 0 when they overlap. Symmetric.</summary>
    public static double RelativeGap(NumericInterval a, NumericInterval b)
    {
        if (IsBelow(b, a))
        {
            (a, b) = (b, a);
        }
        else if (!IsBelow(a, b))
        {
            return 0;
        }

        var scale = Math.Max(Math.Abs(a.Upper), Math.Abs(b.Lower));
        return scale == 0 ? 0 : (b.Lower - a.Upper) / scale;
    }

    /// <summary>The interval as text: <c>[11.5, 12.5)</c>, <c>(510, ∞)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");

    /// <inheritdoc cref="ToString()"/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes <see cref="ToString()"/> into <paramref name="destination"/> (no string made: explanations
    /// append it as they are built); the format and provider are ignored (the text is culture-invariant).</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = new MemoryExtensions.TryWriteInterpolatedStringHandler(0, 0, destination, CultureInfo.InvariantCulture, out _);
        var written = text.AppendLiteral(LowerOpen ? "(" : "[")
            && AppendNumber(ref text, Lower)
            && text.AppendLiteral(", ")
            && AppendNumber(ref text, Upper)
            && text.AppendLiteral(UpperOpen ? ")" : "]");
        charsWritten = 0;
        return written && destination.TryWrite(CultureInfo.InvariantCulture, ref text, out charsWritten);
    }

    private static bool IsBelow(NumericInterval a, NumericInterval b) =>
        a.Upper < b.Lower || (a.Upper == b.Lower && (a.UpperOpen || b.LowerOpen));

    /// <summary>A bound: shortest round-trip digits, or ∞ / −∞.</summary>
    private static bool AppendNumber(ref MemoryExtensions.TryWriteInterpolatedStringHandler text, double value) =>
        double.IsPositiveInfinity(value) ? text.AppendLiteral("∞")
        : double.IsNegativeInfinity(value) ? text.AppendLiteral("−∞")
        : text.AppendFormatted(value, "R");
}
