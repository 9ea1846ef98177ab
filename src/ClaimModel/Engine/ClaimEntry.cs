namespace ClaimModel.Engine;

/// <summary>A claim in the index, with what its comparisons need precomputed once: the acting actor's node,
/// the figure interval, the resolved times and the place.</summary>
internal sealed class ClaimEntry : Entry
{
    public ClaimEntry(Claim claim, ActorNode claimant, int incidentKey, int ordinal)
        : base(claimant, incidentKey, ordinal)
    {
        Claim = claim;
    }

    /// <inheritdoc/>
    public override string Id => Claim.Id;

    /// <inheritdoc/>
    public override ParticipantRole Role => ParticipantRole.Claim;

    /// <inheritdoc/>
    public override string? Incident => Claim.Incident;

    /// <inheritdoc/>
    public override Modality Modality => Claim.Modality;

    /// <inheritdoc/>
    public override ValueList<Report> Reports => Claim.Reports;

    /// <summary>The claim.</summary>
    public Claim Claim { get; }

    /// <summary>The actor said to act (responsibility) or be (not) present (presence).</summary>
    public ActorNode? Actor { get; set; }

    /// <summary>The figure compared: a quantity's figure or a presence statement's radius.</summary>
    public Figure? Figure { get; set; }

    /// <summary>The figure's dimension ("length"; a unit not in the table is its own dimension).</summary>
    public string? Dimension { get; set; }

    /// <summary>The figure's interval in its own unit.</summary>
    public NumericInterval Interval { get; set; }

    /// <summary>The figure unit's factor to its dimension's base unit.</summary>
    public double Factor { get; set; } = 1;

    /// <summary>The resolved time: occurrence time, presence time, the incident's time for an acting claim, or
    /// a figure's period.</summary>
    public ResolvedTime? When { get; set; }

    /// <summary>The place: the presence statement's place or the incident's.</summary>
    public Place? Place { get; set; }

    /// <summary>The interned place name (ignoring case), or <see cref="KeyInterner.None"/>.</summary>
    public int PlaceKey { get; set; } = KeyInterner.None;

    /// <summary>The 1° grid cell of the place's coordinates, or <see cref="KeyInterner.None"/>.</summary>
    public int Cell { get; set; } = KeyInterner.None;

    /// <summary>For a negative presence claim: the distance in metres within which the forces were not.</summary>
    public double Radius { get; set; }
}
