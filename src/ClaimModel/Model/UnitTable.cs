using System.Collections.Frozen;

namespace ClaimModel;

/// <summary>The units whose dimension the library knows: lengths and durations with their factor to the
/// dimension's base unit (metre, second). Every other unit token ("people", "sorties", "facilities") is a count.</summary>
/// <remarks>One table for every stage: validation asks it whether a unit is a count (a cumulative figure must be
/// one), the engine's default <c>FigurePolicy.Units</c> is built from it. Keys are ordinal.</remarks>
internal static class UnitTable
{
    /// <summary>The dimension of lengths (base unit: the metre).</summary>
    public const string Length = "length";

    /// <summary>The dimension of durations (base unit: the second).</summary>
    public const string Duration = "duration";

    /// <summary>Every known unit: its token, its dimension and how many base units it is.</summary>
    public static readonly IReadOnlyList<(string Unit, string Dimension, double Factor)> Entries = Build();

    private static readonly FrozenDictionary<string, string> Dimensions =
        Entries.ToFrozenDictionary(static e => e.Unit, static e => e.Dimension, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="unit"/> counts things: it is not a known length or duration.</summary>
    /// <param name="unit">A unit token.</param>
    public static bool IsCount(string unit) => !Dimensions.ContainsKey(unit);

    /// <summary>The dimension of <paramref name="unit"/>, or <see langword="null"/> for a count.</summary>
    /// <param name="unit">A unit token.</param>
    public static string? DimensionOf(string unit) => Dimensions.GetValueOrDefault(unit);

    /// <summary>The unit values of <paramref name="dimension"/> are expressed in once normalised: its unit of factor 1
    /// ("m", "s"); a count's dimension is its own unit.</summary>
    public static string BaseUnitOf(string dimension)
    {
        foreach (var (unit, of, factor) in Entries)
        {
            if (factor == 1 && string.Equals(of, dimension, StringComparison.Ordinal))
            {
                return unit;
            }
        }

        return dimension;
    }

    private static (string, string, double)[] Build()
    {
        var entries = new List<(string, string, double)>();
        void Add(double factor, string dimension, params string[] names)
        {
            foreach (var name in names)
            {
                entries.Add((name, dimension, factor));
            }
        }

        Add(1, Length, "m", "meter", "meters", "metre", "metres");
        Add(1000, Length, "km", "kilometer", "kilometers", "kilometre", "kilometres");
        Add(1609.344, Length, "mi", "mile", "miles");
        Add(0.3048, Length, "ft", "foot", "feet");
        Add(1, Duration, "s", "second", "seconds");
        Add(60, Duration, "min", "minute", "minutes");
        Add(3600, Duration, "h", "hour", "hours");
        Add(86400, Duration, "day", "days");
        return [.. entries];
    }
}
