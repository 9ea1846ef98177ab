namespace ClaimModel.Disputes;

/// <summary>One question about one incident (or a general one), the answers given, and the pairwise findings that
/// are its evidence: what an analyst names ("who bombed Aleppo on 10 Feb: Russia says the US, the US denies").</summary>
/// <remarks>
/// <para>Every finding of a report is in exactly one dispute. The <see cref="Id"/> derives from what the dispute is
/// (question, incident, subject), so it is the same across runs, input orders and batch or incremental analysis;
/// a team can mark it reviewed and ask what changed.</para>
/// <para>Value equality over every member, lists in order.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<Dispute>))]
public sealed record Dispute
{
    /// <summary>The stable id (<c>dsp-</c> and 16 hex digits).</summary>
    public required string Id { get; init; }

    /// <summary>What is asked.</summary>
    public required DisputeQuestion Question { get; init; }

    /// <summary>The incident asked about; <see langword="null"/> for a general question.</summary>
    public string? Incident { get; init; }

    /// <summary>What the question is about within the incident: the measure of a count, the actors of a presence or an
    /// intent, the claim of a claim question; <see langword="null"/> when the question and incident say it all.</summary>
    public string? Subject { get; init; }

    /// <summary>Where it stands (rule on <see cref="DisputeStatus"/>).</summary>
    public required DisputeStatus Status { get; init; }

    /// <summary>The answers, accounts before denials, then by answer.</summary>
    public required ValueList<DisputePosition> Positions { get; init; }

    /// <summary>The ids of the pairwise findings in the dispute (<see cref="Engine.Finding.Id"/>), in report order.</summary>
    public required ValueList<string> Findings { get; init; }
}
