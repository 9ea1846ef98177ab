namespace ClaimModel.Engine;

/// <summary>Turns a <see cref="Figure"/> into an interval under a <see cref="FigurePolicy"/> (the rules are
/// documented there).</summary>
internal static class FigureNormalizer
{
    /// <summary>Normalises <paramref name="figure"/>: its interval in its own unit, its dimension and the factor
    /// to the dimension's base unit. False when the figure lacks the values its qualifier needs.</summary>
    public static bool TryNormalize(Figure figure, FigurePolicy policy, out NumericInterval interval, out string dimension, out double factor)
    {
        var continuous = false;
        if (policy.Units.TryGetValue(figure.Unit, out var unit))
        {
            dimension = unit.Dimension;
            factor = unit.Factor;
            continuous = unit.Continuous;
        }
        else
        {
            dimension = figure.Unit;
            factor = 1;
        }

        interval = default;
        if (figure.Qualifier == FigureQualifier.Vague)
        {
            if (figure.Vague is not { } word || !policy.VagueBounds.TryGetValue(word, out var bounds))
            {
                return false;
            }

            interval = new NumericInterval(bounds.Lower, false, bounds.Upper, true);
            return true;
        }

        if (figure.Value is not { } value)
        {
            return false;
        }

        var v = (double)value;
        switch (figure.Qualifier)
        {
            case FigureQualifier.Exact:
                if (!continuous)
                {
                    interval = new NumericInterval(v, false, v, false);
                }
                else
                {
                    // [v − half, v + half); closed when a double cannot tell the ends apart (more digits than a double
                    // holds), so that the interval still holds the value and agrees with itself.
                    var half = RoundingWidth(value) * (decimal)policy.RoundingWidthScale / 2;
                    var (from, to) = (Shift(value, -half), Shift(value, half));
                    interval = new NumericInterval(from, false, to, to > from);
                }

                return true;
            case FigureQualifier.Approximately:
                var tolerance = Math.Max((double)Math.Abs(value) * policy.ApproximateTolerance, (double)(RoundingWidth(value) * (decimal)policy.RoundingWidthScale / 2));
                interval = new NumericInterval(v - tolerance, false, v + tolerance, false);
                return true;
            case FigureQualifier.AtLeast:
                interval = new NumericInterval(v, false, double.PositiveInfinity, true);
                return true;
            case FigureQualifier.MoreThan:
                interval = new NumericInterval(v, true, double.PositiveInfinity, true);
                return true;
            case FigureQualifier.AtMost:
                interval = new NumericInterval(double.NegativeInfinity, true, v, false);
                return true;
            case FigureQualifier.LessThan:
                interval = new NumericInterval(double.NegativeInfinity, true, v, true);
                return true;
            case FigureQualifier.Nearly:
                // Just below the value; "nearly 0" (or a zero NearlyWidth) leaves no width: the point itself, as an exact
                // 0 is, since an empty [0, 0) would overlap nothing, not even the same figure.
                var below = (double)(value - (Math.Abs(value) * (decimal)policy.NearlyWidth));
                interval = below < v ? new NumericInterval(below, false, v, true) : new NumericInterval(v, false, v, false);
                return true;
            case FigureQualifier.Between:
                if (figure.UpperValue is not { } upper)
                {
                    return false;
                }

                interval = new NumericInterval(v, false, (double)upper, false);
                return true;
            default:
                return false;
        }
    }

    /// <summary>One unit of the last significant non-zero digit: 12 → 1, 510 → 10, 12.5 → 0.1, 1900 → 100;
    /// 0 → 0 (no significant digit).</summary>
    public static decimal RoundingWidth(decimal value)
    {
        var m = Math.Abs(value);
        if (m == 0)
        {
            return 0;
        }

        decimal width = 1;
        while (m != decimal.Truncate(m))
        {
            m *= 10;
            width /= 10;
        }

        if (width == 1)
        {
            while (m % 10 == 0)
            {
                m /= 10;
                width *= 10;
            }
        }

        return width;
    }

    /// <summary><paramref name="value"/> + <paramref name="delta"/> as a double: summed exactly in decimal, or in
    /// double when the decimal sum would overflow (a value near <see cref="decimal.MaxValue"/>).</summary>
    private static double Shift(decimal value, decimal delta) =>
        (delta >= 0 ? value <= decimal.MaxValue - delta : value >= decimal.MinValue - delta)
            ? (double)(value + delta)
            : (double)value + (double)delta;
}
