namespace ClaimModel.Engine;

/// <summary>An entry of <see cref="FigurePolicy.Units"/>: which dimension a unit measures, how many base
/// units of that dimension it is, and whether its values are continuous measurements or counts.</summary>
/// <remarks>Figures are converted (value × <see cref="Factor"/>) and compared only inside one
/// <see cref="Dimension"/>. Value equality.</remarks>
/// <param name="Dimension">The dimension ("length", "count").</param>
/// <param name="Factor">Base units per unit (mi: 1609.344 metres).</param>
/// <param name="Continuous">Whether an exact value carries rounding width (a measurement: "12 miles");
/// <see langword="false"/> for counts ("510 sorties" means exactly 510).</param>
public sealed record UnitDefinition(string Dimension, double Factor, bool Continuous);
