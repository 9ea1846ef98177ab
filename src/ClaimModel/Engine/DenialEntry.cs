namespace ClaimModel.Engine;

/// <summary>A denial in the index.</summary>
internal sealed class DenialEntry : Entry
{
    public DenialEntry(Denial denial, ActorNode claimant, int incidentKey)
        : base(denial.Id, ParticipantRole.Denial, claimant, denial.Incident, incidentKey, denial.Modality, denial.Reports)
    {
        Denial = denial;
    }

    /// <summary>The denial.</summary>
    public Denial Denial { get; }
}
