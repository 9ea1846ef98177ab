using System.Globalization;

namespace ClaimModel.Synthetic;

/// <summary>Makes figures that are consistent with a true value — the interval of every qualifier contains it
/// under the engine's default figure policy (exact counts are points; "about" is ±10 %; "nearly v" is
/// [0.95 v, v); lengths carry rounding width) — and the planted conflicting figure (3 × truth + 10).</summary>
internal static class SyntheticFigures
{
    /// <summary>Vague words and the true values each is used for: inside the engine's default bounds
    /// (several [2, 10), dozens [24, 100), scores [40, 200), hundreds [200, 1000), ...).</summary>
    private static readonly (VagueQuantity Word, string Text, decimal Low, decimal High)[] VagueRanges =
    [
        (VagueQuantity.Several, "several", 3, 9),
        (VagueQuantity.Dozens, "dozens", 25, 95),
        (VagueQuantity.Scores, "scores", 45, 190),
        (VagueQuantity.Hundreds, "hundreds", 210, 950),
        (VagueQuantity.Thousands, "thousands", 2_100, 9_500),
        (VagueQuantity.TensOfThousands, "tens of thousands", 21_000, 95_000),
        (VagueQuantity.HundredsOfThousands, "hundreds of thousands", 210_000, 950_000),
        (VagueQuantity.Millions, "millions", 2_100_000, 9_500_000),
    ];

    /// <summary>A figure consistent with the count <paramref name="truth"/> (a whole number ≥ 1).</summary>
    public static Figure Count(SyntheticRandom random, string measure, string unit, string unitWords, decimal truth, string? per = null)
    {
        var vague = Array.FindIndex(VagueRanges, r => truth >= r.Low && truth <= r.High);
        if (vague >= 0 && vague + 1 < VagueRanges.Length && truth >= VagueRanges[vague + 1].Low && random.Chance(0.5))
        {
            vague++;
        }

        var qualifier = vague >= 0 && random.Chance(0.3) ? FigureQualifier.Vague : (FigureQualifier)random.Next(7);
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
                // "nearly v" is [0.95 v, v) under the engine's default policy: only used where that holds the truth.
                value = truth >= 500 ? (Math.Floor(truth / 10) * 10) + 10 : truth + 1;
                words = (truth >= 20 ? "nearly " : "under ") + Number(value);
                qualifier = truth >= 20 ? FigureQualifier.Nearly : FigureQualifier.LessThan;
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
