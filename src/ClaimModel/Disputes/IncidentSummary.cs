namespace ClaimModel.Disputes;

/// <summary>What is disputed about one incident, in one place: its disputes and statuses, and the figure ranges.</summary>
/// <remarks>Value equality over every member, lists in order.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<IncidentSummary>))]
public sealed record IncidentSummary
{
    /// <summary>The incident id; <see langword="null"/> for general disputes and figures about no incident.</summary>
    public string? Incident { get; init; }

    /// <summary>The incident's title, when the incident is known.</summary>
    public string? Title { get; init; }

    /// <summary>When it happened, in words, when the incident says.</summary>
    public string? When { get; init; }

    /// <summary>The disputes about it, in report order.</summary>
    public required ValueList<Dispute> Disputes { get; init; }

    /// <summary>The figure ranges of its measures, by measure.</summary>
    public required ValueList<FigureRange> Figures { get; init; }
}
