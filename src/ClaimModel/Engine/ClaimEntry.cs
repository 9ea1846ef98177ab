namespace ClaimModel.Engine;

/// <summary>One statement of a claim in the index (or, for a claim of several statements, the claim as a whole,
/// which a denial naming the claim id rejects), with what its comparisons need precomputed once: the actors'
/// nodes, the figure interval, the resolved times and the place.</summary>
internal sealed class ClaimEntry : Entry
{
    private static readonly ActorNode[] NoActors = [];

    /// <summary>Creates the entry of statement <paramref name="position"/> of <paramref name="claim"/>, or of the
    /// whole claim (<paramref name="statement"/> and <paramref name="position"/> <see langword="null"/>).</summary>
    public ClaimEntry(Claim claim, Statement? statement, int? position, ActorNode claimant, int incidentKey, int ordinal)
        : base(claimant, incidentKey, ordinal)
    {
        Claim = claim;
        Statement = statement;
        Position = position;
        Whole = this;
    }

    /// <inheritdoc/>
    public override string Id => Claim.Id;

    /// <inheritdoc/>
    public override ParticipantRole Role => ParticipantRole.Claim;

    /// <inheritdoc/>
    public override string? Incident => Claim.Incident;

    /// <inheritdoc/>
    public override Modality Modality => Statement?.Modality ?? Claim.Modality;

    /// <inheritdoc/>
    public override ValueList<Report> Reports => Claim.Reports;

    /// <inheritdoc/>
    public override int? StatementPosition => Position;

    /// <inheritdoc/>
    public override string Reference => Claim.Statements.Count > 1 && Position is { } position ? StatementReference.Format(Id, position) : Id;

    /// <summary>The claim.</summary>
    public Claim Claim { get; }

    /// <summary>The statement compared; <see langword="null"/> for the whole of a claim of several statements.</summary>
    public Statement? Statement { get; }

    /// <summary>The statement's position in <see cref="Claim.Statements"/>; <see langword="null"/> for the whole claim.</summary>
    public int? Position { get; }

    /// <summary>The entry of the whole claim (this entry for a claim of one statement).</summary>
    public ClaimEntry Whole { get; set; }

    /// <summary>On the whole claim's entry: the entries of its statements, in order.</summary>
    public ClaimEntry[] Statements { get; set; } = [];

    /// <summary>The nodes of the actors the statement names (responsibility and presence), in order.</summary>
    public ActorNode[] Actors { get; set; } = NoActors;

    /// <summary>The figure compared (a quantity's figure or a presence radius).</summary>
    public Figure? Figure { get; set; }

    /// <summary>The figure's dimension ("count", "length").</summary>
    public string? Dimension { get; set; }

    /// <summary>The figure's interval in its own unit.</summary>
    public NumericInterval Interval { get; set; }

    /// <summary>The factor from the figure's unit to its dimension's base unit.</summary>
    public double Factor { get; set; } = 1;

    /// <summary>When: the occurrence, the presence time, the quantity's period or the incident's time.</summary>
    public ResolvedTime? When { get; set; }

    /// <summary>For a count of a running total (<see cref="Figure.Cumulative"/>): the time it is counted up to (its
    /// <see cref="Figure.AsOf"/>, else when the claim was stated, else when its first report was published).</summary>
    public ResolvedTime? AsOf { get; set; }

    /// <summary>The place: the presence place or the incident's place.</summary>
    public Place? Place { get; set; }

    /// <summary>The interned place name, or <see cref="KeyInterner.None"/>.</summary>
    public int PlaceKey { get; set; } = KeyInterner.None;

    /// <summary>The 1° grid cell of the place's coordinates, or <see cref="KeyInterner.None"/>.</summary>
    public int Cell { get; set; } = KeyInterner.None;

    /// <summary>The radius in metres of an absence ("not within 12 miles").</summary>
    public double Radius { get; set; }
}
