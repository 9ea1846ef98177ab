namespace ClaimModel;

/// <summary>A number as reported: what it measures, in which unit, its value(s), its qualifier and the
/// reported words ("nearly 1,900").</summary>
/// <remarks>
/// <para>Equality is structural and never converts units: "12 miles" and "19.3 km" are different values.
/// Whether two figures contradict is a separate, explicit comparison made by the engine under a policy
/// (rounding width, tolerances, conversions inside one dimension only).</para>
/// <para><see cref="Value"/> is required except for <see cref="FigureQualifier.Vague"/>;
/// <see cref="UpperValue"/> only with <see cref="FigureQualifier.Between"/>.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<Figure>))]
public sealed record Figure
{
    /// <summary>What is measured ("killed", "sorties", "facilities-destroyed", "distance-from-aleppo").</summary>
    public required string Measure { get; init; }

    /// <summary>The unit ("people", "sorties", "mi", "km").</summary>
    public required string Unit { get; init; }

    /// <summary>How the value bounds the true value.</summary>
    public required FigureQualifier Qualifier { get; init; }

    /// <summary>The value (the lower value for <see cref="FigureQualifier.Between"/>).</summary>
    public decimal? Value { get; init; }

    /// <summary>The upper value, for <see cref="FigureQualifier.Between"/>.</summary>
    public decimal? UpperValue { get; init; }

    /// <summary>The vague quantity word, for <see cref="FigureQualifier.Vague"/>.</summary>
    public VagueQuantity? Vague { get; init; }

    /// <summary>The rate's time unit when the figure is a rate ("per day": <c>"day"</c>).</summary>
    public string? Per { get; init; }

    /// <summary>The reported words ("nearly 1,900", "12.5 miles (20 kilometers)").</summary>
    public required string Text { get; init; }

    /// <summary>Whether the measure is a running total that only grows as it is counted ("the death toll has
    /// climbed to 55"): a later, higher count of it is an update. Needs a count unit.</summary>
    public bool Cumulative { get; init; }

    /// <summary>The time the figure is counted up to ("as of Thursday"), for a cumulative measure.</summary>
    public TimeSpec? AsOf { get; init; }
}
