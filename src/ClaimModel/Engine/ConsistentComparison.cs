namespace ClaimModel.Engine;

/// <summary>A comparison of two figures or two times that the engine made and found consistent (their intervals
/// overlap): the absence of a finding, shown so a person can check why ("1,888" vs "nearly 1,900" is not a
/// conflict). Collected only with <see cref="DetectionOptions.IncludeConsistentComparisons"/>.</summary>
/// <remarks>Value equality over every member, collections in order.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<ConsistentComparison>))]
public sealed record ConsistentComparison
{
    /// <summary>Figures or times.</summary>
    public required ComparisonKind Kind { get; init; }

    /// <summary>The incident the compared claims are about; <see langword="null"/> for figures about no incident.</summary>
    public string? Incident { get; init; }

    /// <summary>For figures: the measure compared ("facilities-destroyed"); <see langword="null"/> for times.</summary>
    public string? Measure { get; init; }

    /// <summary>The two claims, in canonical order (as in <see cref="Finding.Participants"/>).</summary>
    public required ValueList<FindingParticipant> Participants { get; init; }

    /// <summary>The resolved intervals, one per participant, in the same order.</summary>
    public required ValueList<ComparedInterval> Intervals { get; init; }

    /// <summary>One sentence built from the data, in invariant culture: <c>consistent: ... overlaps ...</c>.</summary>
    public required string Explanation { get; init; }
}
