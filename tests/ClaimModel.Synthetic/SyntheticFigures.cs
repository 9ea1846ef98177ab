using System.Globalization;

namespace ClaimModel.Synthetic;

/// <summary>Makes figures that are consistent with a true value (every qualifier's interval contains it, or
/// for "about"/"nearly" lies within 1 % of it) and the planted conflicting figure (about three times it).</summary>
internal static class SyntheticFigures
{
    /// <summary>Vague words and the values each is used for: well inside any sensible reading of the word.</summary>
    private static readonly (VagueQuantity Word, string Text, decimal Low, decimal High)[] VagueRanges =
    [
        (VagueQuantity.Several, "several", 4, 7),
        (VagueQuantity.Dozens, "dozens", 30, 90),
        (VagueQuantity.Scores, "scores", 50, 90),
        (VagueQuantity.Hundreds, "hundreds", 300, 900),
        (VagueQuantity.Thousands, "thousands", 3_000, 9_000),
        (VagueQuantity.TensOfThousands, "tens of thousands", 30_000, 90_000),
        (VagueQuantity.HundredsOfThousands, "hundreds of thousands", 300_000, 900_000),
        (VagueQuantity.Millions, "millions", 3_000_000, 9_000_000),
    ];

    /// <summary>A figure consistent with the count <paramref name="truth"/> (a whole number ≥ 1).</summary>
    public static Figure Count(SyntheticRandom random, string measure, string unit, string unitWords, decimal truth, string? per = null)
    {
        var vague = Array.FindIndex(VagueRanges, r => truth >= r.Low && truth <= r.High);
        if (vague >= 0 && vague + 1 < VagueRanges.Length && truth >= VagueRanges[vague + 1].Low && random.Chance(0.5))
        {
            vague++;
        }

        var qualifier = (FigureQualifier)random.Next(vague >= 0 ? 8 : 7);
        if (qualifier == FigureQualifier.MoreThan && truth < 2)
        {
            qualifier = FigureQualifier.AtLeast;
        }

        decimal value;
        decimal? upper = null;
        string words;
        switch (qualifier)
        {
            case FigureQualifier.Approximately:
                value = truth >= 500 ? Math.Round(truth / 10, MidpointRounding.AwayFromZero) * 10 : truth;
                words = "about " + Number(value);
                break;
            case FigureQualifier.AtLeast:
                value = truth >= 20 ? Math.Floor(truth * 0.95m) : truth;
                words = "at least " + Number(value);
                break;
            case FigureQualifier.MoreThan:
                value = Math.Min(truth - 1, Math.Floor(truth * 0.9m));
                words = "more than " + Number(value);
                break;
            case FigureQualifier.AtMost:
                value = Math.Ceiling(truth * 1.05m);
                words = "up to " + Number(value);
                break;
            case FigureQualifier.LessThan:
                value = truth >= 500 ? (Math.Floor(truth / 10) * 10) + 10 : truth + 1;
                words = "nearly " + Number(value);
                break;
            case FigureQualifier.Between:
                value = Math.Floor(truth * 0.8m);
                upper = Math.Max(value + 1, Math.Ceiling(truth * 1.2m));
                words = "between " + Number(value) + " and " + Number(upper.Value);
                break;
            case FigureQualifier.Vague:
                return new Figure
                {
                    Measure = measure,
                    Unit = unit,
                    Qualifier = FigureQualifier.Vague,
                    Vague = VagueRanges[vague].Word,
                    Per = per,
                    Text = VagueRanges[vague].Text + " of " + unitWords,
                };
            default:
                value = truth;
                words = Number(value);
                break;
        }

        return new Figure { Measure = measure, Unit = unit, Qualifier = qualifier, Value = value, UpperValue = upper, Per = per, Text = words + " " + unitWords };
    }

    /// <summary>An exact count (the partner of a planted figure conflict).</summary>
    public static Figure ExactCount(string measure, string unit, string unitWords, decimal value) =>
        new() { Measure = measure, Unit = unit, Qualifier = FigureQualifier.Exact, Value = value, Text = Number(value) + " " + unitWords };

    /// <summary>The planted conflicting count: 3 × truth + 10.</summary>
    public static Figure ConflictingCount(string measure, string unit, string unitWords, decimal truth) =>
        ExactCount(measure, unit, unitWords, (truth * 3) + 10);

    /// <summary>A distance consistent with <paramref name="miles"/> (a multiple of 0.5): in miles exactly or
    /// "about", in whole kilometres (rounded, so its rounding interval holds the truth), or a kilometre range.</summary>
    public static Figure Distance(SyntheticRandom random, string measure, decimal miles)
    {
        var km = Math.Round(miles * 1.609344m, MidpointRounding.AwayFromZero);
        return random.Next(4) switch
        {
            0 => new Figure { Measure = measure, Unit = "mi", Qualifier = FigureQualifier.Exact, Value = miles, Text = Number(miles) + " miles" },
            1 => new Figure { Measure = measure, Unit = "mi", Qualifier = FigureQualifier.Approximately, Value = miles, Text = "about " + Number(miles) + " miles" },
            2 => new Figure { Measure = measure, Unit = "km", Qualifier = FigureQualifier.Exact, Value = km, Text = Number(km) + " kilometers" },
            _ => new Figure { Measure = measure, Unit = "km", Qualifier = FigureQualifier.Between, Value = Math.Max(0, km - 2), UpperValue = km + 2, Text = "between " + Number(Math.Max(0, km - 2)) + " and " + Number(km + 2) + " km" },
        };
    }

    /// <summary>A radius for a presence statement ("within 20 kilometers").</summary>
    public static Figure Radius(SyntheticRandom random, string measure)
    {
        var miles = 5 + random.Next(20);
        return random.Chance(0.5)
            ? new Figure { Measure = measure, Unit = "mi", Qualifier = FigureQualifier.Exact, Value = miles, Text = Number(miles) + " miles" }
            : new Figure { Measure = measure, Unit = "km", Qualifier = FigureQualifier.Approximately, Value = miles * 2, Text = "about " + Number(miles * 2) + " kilometers" };
    }

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
