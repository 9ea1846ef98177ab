namespace ClaimModel.Disputes;

/// <summary>What the voices report for one measure of one incident, as low / best / high — the way conflict-event
/// datasets record fatalities — with the voices behind each bound.</summary>
/// <remarks>
/// <para>Policy: each figure is the engine's normalised interval in the dimension's base unit (metres for lengths,
/// seconds for durations, the unit itself for counts). Each voice contributes its figures — for a cumulative measure
/// only its latest count (the latest as-of time) — and superseded or retracted claims none. <see cref="Low"/> is the
/// smallest finite lower bound, <see cref="High"/> the largest finite upper bound (absent when every figure is open
/// that way: "at least 27" sets no high); <see cref="Best"/> is the median, across voices, of each voice's point: the
/// middle of its interval when both ends are finite, else its finite end (a voice with several figures contributes
/// their median).</para>
/// <para>Value equality over every member, lists in order.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<FigureRange>))]
public sealed record FigureRange
{
    /// <summary>The incident; <see langword="null"/> for figures about no incident.</summary>
    public string? Incident { get; init; }

    /// <summary>The measure ("killed", "sorties").</summary>
    public required string Measure { get; init; }

    /// <summary>The unit of the bounds: the dimension's base unit, or the count's own unit.</summary>
    public required string Unit { get; init; }

    /// <summary>Whether the measure is a running total (the latest count of each voice is used).</summary>
    public bool Cumulative { get; init; }

    /// <summary>The smallest finite lower bound reported, if any.</summary>
    public double? Low { get; init; }

    /// <summary>The median of the voices' points, if any.</summary>
    public double? Best { get; init; }

    /// <summary>The largest finite upper bound reported, if any.</summary>
    public double? High { get; init; }

    /// <summary>The voices whose figures set <see cref="Low"/>, sorted.</summary>
    public required ValueList<string> LowVoices { get; init; }

    /// <summary>The voices whose figures set <see cref="High"/>, sorted.</summary>
    public required ValueList<string> HighVoices { get; init; }

    /// <summary>Every voice that reported the measure, sorted.</summary>
    public required ValueList<string> Voices { get; init; }

    /// <summary>The claims (<c>claimId</c> or <c>claimId#n</c>) whose figures were used, sorted.</summary>
    public required ValueList<string> Claims { get; init; }
}
