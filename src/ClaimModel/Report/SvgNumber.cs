using System.Globalization;

namespace ClaimModel.Reporting;

/// <summary>Coordinates in SVG: invariant culture, at most one decimal ("12.5", "40").</summary>
internal static class SvgNumber
{
    /// <summary>The coordinate as text.</summary>
    public static string Of(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
