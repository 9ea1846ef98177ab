namespace ClaimModel.Disputes;

/// <summary>The disputes of a <see cref="Engine.ContradictionReport"/>: every finding in exactly one dispute, grouped
/// per incident with the figure ranges (<see cref="DisputeAnalyzer.Analyze"/>).</summary>
/// <remarks>Value equality over every member, lists in order.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<DisputeReport>))]
public sealed record DisputeReport
{
    /// <summary>Every dispute, by incident (general ones first), then question, then subject.</summary>
    public required ValueList<Dispute> Disputes { get; init; }

    /// <summary>One summary per incident with a dispute or a figure, in the order of <see cref="Disputes"/>' incidents
    /// (incidents with figures only after them, by id).</summary>
    public required ValueList<IncidentSummary> Incidents { get; init; }

    /// <summary>The number of pairwise findings the disputes hold.</summary>
    public required int FindingCount { get; init; }

    /// <summary>How many disputes have <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    public int CountOf(DisputeStatus status) => Disputes.Count(d => d.Status == status);
}
