using System.Collections.Frozen;

namespace ClaimModel.Engine;

/// <summary>How reported figures become intervals and when two intervals contradict.</summary>
/// <remarks>
/// <para>Each figure becomes an interval in its unit, then is converted into the base unit of its
/// dimension (<see cref="Units"/>; a unit not in the table is its own dimension, a count, factor 1):</para>
/// <list type="bullet">
/// <item><b>exact</b>: a count (<see cref="UnitDefinition.Continuous"/> false) is the point [v, v]; a continuous
/// measurement carries rounding width w = one unit of its last significant non-zero digit (times
/// <see cref="RoundingWidthScale"/>), giving
/// [v − w/2, v + w/2) (12 → [11.5, 12.5), 12.5 → [12.45, 12.55), 20 → [15, 25), 0 → [0, 0]); closed, [v, v], when
/// a double cannot tell its two ends apart (more digits than a double holds), so it still holds v.</item>
/// <item><b>approximately</b>: v ± max(<see cref="ApproximateTolerance"/> × |v|, w/2), closed.</item>
/// <item><b>at-least</b> [v, ∞); <b>more-than</b> (v, ∞); <b>at-most</b> (−∞, v]; <b>less-than</b> (−∞, v);
/// <b>nearly</b> just below: [v − |v| × <see cref="NearlyWidth"/>, v) (nearly 0 → [0, 0]: no width is left, and an
/// empty interval would contradict even the same figure).</item>
/// <item><b>between</b> [v, upper]; <b>vague</b>: <see cref="VagueBounds"/>[word] = [lower, upper).</item>
/// </list>
/// <para>Two figures are compared only with the same measure, dimension, subject, incident and rate unit
/// (<see cref="Figure.Per"/>), and periods that overlap (a missing period matches any). Overlapping intervals
/// are consistent (listed, with <see cref="DetectionOptions.IncludeConsistentComparisons"/>, in
/// <see cref="ContradictionReport.ConsistentComparisons"/>). The radii of presence statements
/// (<see cref="PresenceStatement.Within"/>) of one actor, incident and presence flag are compared the same way, but
/// only to show them as consistent: radii with the same flag bound the distance in the same direction, so they never
/// contradict. For other figures whose intervals do not overlap, the relative gap — the distance between the intervals divided by the larger
/// absolute value of the two facing bounds — decides: at most <see cref="DiscrepancyMaxRelativeGap"/> is a
/// <see cref="FindingKind.FigureDiscrepancy"/>, more is a <see cref="FindingKind.FigureConflict"/>.</para>
/// </remarks>
public sealed record FigurePolicy
{
    /// <summary>The default policy (the values documented on each property).</summary>
    public static FigurePolicy Default => DefaultInstance;

    /// <summary>The largest relative gap that is a discrepancy rather than a conflict. Default 0.10 (10 %).</summary>
    public double DiscrepancyMaxRelativeGap { get; init; } = 0.10;

    /// <summary>Multiplies the rounding width of exact continuous values (1: half a unit of the last significant
    /// digit on each side, 12 → [11.5, 12.5); 0: no rounding, 12 → [12, 12]). Default 1.</summary>
    public double RoundingWidthScale { get; init; } = 1;

    /// <summary>The relative half-width of "approximately" ("about 12 miles" = 12 ± 1.2). Default 0.10.</summary>
    public double ApproximateTolerance { get; init; } = 0.10;

    /// <summary>The relative width of "nearly" below its value ("nearly 1,900" = [1805, 1900)). Default 0.05.</summary>
    public double NearlyWidth { get; init; } = 0.05;

    /// <summary>The unit table (ordinal keys). Default: length — m (1), meter(s), metre(s), km (1000),
    /// kilometer(s), kilometre(s), mi (1609.344), mile(s), ft (0.3048), feet; duration — s (1), min (60),
    /// h/hours (3600), day(s) (86400); everything else is a count in its own dimension.</summary>
    public IReadOnlyDictionary<string, UnitDefinition> Units { get; init; } = DefaultUnits;

    /// <summary>The bounds of vague words, [lower, upper) in the figure's unit. Default: several [2, 10),
    /// dozens [24, 100), scores [40, 200), hundreds [200, 1000), thousands [2000, 10000), tens-of-thousands
    /// [20000, 100000), hundreds-of-thousands [200000, 1000000), millions [2000000, 1000000000).</summary>
    public IReadOnlyDictionary<VagueQuantity, VagueBounds> VagueBounds { get; init; } = DefaultVagueBounds;

    private static readonly FrozenDictionary<string, UnitDefinition> DefaultUnits = BuildDefaultUnits();

    private static readonly FrozenDictionary<VagueQuantity, VagueBounds> DefaultVagueBounds = new Dictionary<VagueQuantity, VagueBounds>
    {
        [VagueQuantity.Several] = new(2, 10),
        [VagueQuantity.Dozens] = new(24, 100),
        [VagueQuantity.Scores] = new(40, 200),
        [VagueQuantity.Hundreds] = new(200, 1_000),
        [VagueQuantity.Thousands] = new(2_000, 10_000),
        [VagueQuantity.TensOfThousands] = new(20_000, 100_000),
        [VagueQuantity.HundredsOfThousands] = new(200_000, 1_000_000),
        [VagueQuantity.Millions] = new(2_000_000, 1_000_000_000),
    }.ToFrozenDictionary();

    private static FrozenDictionary<string, UnitDefinition> BuildDefaultUnits()
    {
        var units = new Dictionary<string, UnitDefinition>(StringComparer.Ordinal);
        foreach (var (unit, dimension, factor) in UnitTable.Entries)
        {
            units[unit] = new UnitDefinition(dimension, factor, Continuous: true);
        }

        return units.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // Declared last: static initializers run in text order, and the instance needs the tables above.
    private static readonly FigurePolicy DefaultInstance = new();
}
