namespace ClaimModel.Engine;

/// <summary>Whether a <see cref="FindingParticipant"/> is a claim or a denial. JSON: kebab-case.</summary>
public enum ParticipantRole
{
    /// <summary>A <see cref="ClaimModel.Claim"/>.</summary>
    Claim,
    /// <summary>A <see cref="ClaimModel.Denial"/>.</summary>
    Denial,
}
