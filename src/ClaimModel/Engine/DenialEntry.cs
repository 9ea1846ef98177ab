namespace ClaimModel.Engine;

/// <summary>A denial in the index.</summary>
internal sealed class DenialEntry : Entry
{
    public DenialEntry(Denial denial, ActorNode claimant, int incidentKey, int ordinal)
        : base(claimant, incidentKey, ordinal)
    {
        Denial = denial;
    }

    /// <inheritdoc/>
    public override string Id => Denial.Id;

    /// <inheritdoc/>
    public override ParticipantRole Role => ParticipantRole.Denial;

    /// <inheritdoc/>
    public override string? Incident => Denial.Incident;

    /// <inheritdoc/>
    public override Modality Modality => Denial.Modality;

    /// <inheritdoc/>
    public override ValueList<Report> Reports => Denial.Reports;

    /// <summary>The denial.</summary>
    public Denial Denial { get; }
}
