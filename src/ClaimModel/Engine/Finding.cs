namespace ClaimModel.Engine;

/// <summary>One contradiction the engine found: its kind, severity, incident, participants (claims and
/// denials with their evidence), independent origins and an explanation a person can check.</summary>
/// <remarks>
/// <para>Participants are in a canonical order — claims before denials, then by id (ordinal) — so a finding
/// between A and B is equal to the one between B and A, and the explanation is built in that order with
/// <see cref="System.Globalization.CultureInfo.InvariantCulture"/>.</para>
/// <para>Value equality over every member, collections in order.</para>
/// </remarks>
public sealed record Finding
{
    /// <summary>What kind of contradiction.</summary>
    public required FindingKind Kind { get; init; }

    /// <summary>How serious it is (rule on <see cref="Engine.Severity"/>).</summary>
    public required Severity Severity { get; init; }

    /// <summary>The incident id the finding is about; <see langword="null"/> when it is about no single
    /// incident (a figure about an actor over a period, a general denial of a claim without incident).</summary>
    public string? Incident { get; init; }

    /// <summary>The claims and denials involved, in canonical order.</summary>
    public required ValueList<FindingParticipant> Participants { get; init; }

    /// <summary>The independent origins: the distinct claimant ids of the participants, sorted ordinally.
    /// Three articles relaying one spokesman are one origin.</summary>
    public required ValueList<string> Origins { get; init; }

    /// <summary>One or two sentences built from the data, in invariant culture.</summary>
    public required string Explanation { get; init; }
}
