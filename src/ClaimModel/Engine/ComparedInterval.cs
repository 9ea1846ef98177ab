namespace ClaimModel.Engine;

/// <summary>One side of a <see cref="ConsistentComparison"/>: what was reported and the interval the engine
/// resolved it to.</summary>
/// <remarks>Value equality over every member.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<ComparedInterval>))]
public sealed record ComparedInterval
{
    /// <summary>The claim id.</summary>
    public required string Id { get; init; }

    /// <summary>The reported words ("nearly 1,900 facilities", "yesterday's air strikes"); empty when none were kept.</summary>
    public required string Reported { get; init; }

    /// <summary>The resolved interval as text: a figure's interval in its own unit (<c>[1805, 1900)</c>), or a
    /// time's local interval with its zone and origin
    /// (<c>2016-04-27 00:00–24:00 America/New_York (yesterday, said 2016-04-28)</c>).</summary>
    public required string Interval { get; init; }

    /// <summary>For a figure: its unit as reported ("mi"); <see langword="null"/> for a time.</summary>
    public string? Unit { get; init; }

    /// <summary>For a time: the zone the interval is shown in (an IANA id, or <c>UTC+03:00</c>);
    /// <see langword="null"/> for a figure.</summary>
    public string? TimeZone { get; init; }
}
