using System.Globalization;
using ClaimModel.Engine;

namespace ClaimModel.Benchmarks.SqlPeer;

/// <summary>A finding reduced to what the SQL peer and the engine must agree on: kind, severity, incident and the
/// two participants in canonical order.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Severity">The severity.</param>
/// <param name="Incident">The incident, if any.</param>
/// <param name="First">The first participant.</param>
/// <param name="Second">The second participant.</param>
public readonly record struct PeerFinding(FindingKind Kind, Severity Severity, string? Incident, PeerParticipant First, PeerParticipant Second)
{
    /// <summary>The engine's finding reduced to the compared fields.</summary>
    /// <param name="finding">A pairwise finding.</param>
    public static PeerFinding From(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Participants.Count != 2)
        {
            throw new ArgumentException($"A pairwise finding has two participants; this one has {finding.Participants.Count}.", nameof(finding));
        }

        return new PeerFinding(finding.Kind, finding.Severity, finding.Incident, Participant(finding.Participants[0]), Participant(finding.Participants[1]));
    }

    /// <summary>One line: kind, severity, incident, participants.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind} {Severity} {Incident ?? "(no incident)"}: {First} / {Second}");

    private static PeerParticipant Participant(FindingParticipant participant) => new(participant.Role, participant.Id, participant.Statement);
}
