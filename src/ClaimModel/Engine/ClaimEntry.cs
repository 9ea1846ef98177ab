namespace ClaimModel.Engine;

/// <summary>One statement of a claim in the index (or, for a claim of several statements, the claim as a whole,
/// which a denial naming the claim id rejects), with what its comparisons need precomputed once: the resolved time,
/// and, only for the statements that compare them, the figure (<see cref="FigureFacts"/>) and the actors and place
/// (<see cref="PresenceFacts"/>).</summary>
/// <remarks>An entry is kept for every statement of every claim, so it holds only what all of them need, and what
/// only some compare in one field; what is not set reads as the shared <see cref="FigureFacts.None"/> and
/// <see cref="PresenceFacts.None"/>. The entry of a claim of one statement (most claims) is that statement's and
/// keeps no position; only the entries of the statements of a claim of several keep theirs
/// (<see cref="OfStatement"/>), which makes the common entry 8 bytes smaller.</remarks>
internal class ClaimEntry : Entry
{
    /// <summary>Creates the entry of a claim of one statement (the entry of that statement), or of a claim of several
    /// statements or none as a whole.</summary>
    public ClaimEntry(Claim claim, ActorNode claimant, int incidentKey, int ordinal)
        : base(claimant, incidentKey, ordinal)
    {
        Claim = claim;
    }

    /// <summary>The entry of statement <paramref name="position"/> of <paramref name="claim"/>, a claim of several
    /// statements.</summary>
    public static ClaimEntry OfStatement(Claim claim, int position, ActorNode claimant, int incidentKey, int ordinal) =>
        new OneOfSeveral(claim, position, claimant, incidentKey, ordinal);

    /// <inheritdoc/>
    public sealed override string Id => Claim.Id;

    /// <inheritdoc/>
    public sealed override ParticipantRole Role => ParticipantRole.Claim;

    /// <inheritdoc/>
    public sealed override string? Incident => Claim.Incident;

    /// <inheritdoc/>
    public sealed override Modality Modality => Statement?.Modality ?? Claim.Modality;

    /// <inheritdoc/>
    public sealed override ValueList<Report> Reports => Claim.Reports;

    /// <inheritdoc/>
    public sealed override int? StatementPosition => Position;

    /// <inheritdoc/>
    public sealed override string Reference => Claim.Statements.Count > 1 && Position is { } position ? StatementReference.Format(Id, position) : Id;

    /// <summary>The claim.</summary>
    public Claim Claim { get; }

    /// <summary>The statement compared; <see langword="null"/> for the whole of a claim of several statements.</summary>
    public Statement? Statement => PositionOrWhole is var position and >= 0 ? Claim.Statements[position] : null;

    /// <summary>The statement's position in <see cref="Claim.Statements"/>; <see langword="null"/> for the whole claim.</summary>
    public int? Position => PositionOrWhole is var position and >= 0 ? position : null;

    /// <summary>The statement's position, −1 for the whole of a claim of several statements or none.</summary>
    private int PositionOrWhole => this is OneOfSeveral statement ? statement.Index : Claim.Statements.Count == 1 ? 0 : -1;

    /// <summary>What the entry compares besides its time, in one field: the entries of its statements on the whole entry
    /// of a claim of several (<see cref="Statements"/>; a whole entry compares nothing itself), the
    /// <see cref="Engine.PresenceFacts"/> of a responsibility or presence statement (which hold a presence radius's
    /// figure), the <see cref="Engine.FigureFacts"/> of a quantity, or nothing.</summary>
    private object? _facts;

    /// <summary>On the whole entry of a claim of several statements (or of none): the entries of its statements, in
    /// order; empty on the entry of a statement.</summary>
    public ClaimEntry[] Statements
    {
        get => _facts as ClaimEntry[] ?? [];
        init => _facts = value;
    }

    /// <summary>When: the occurrence, the presence time, the quantity's period or the incident's time.</summary>
    public ResolvedTime? When { get; set; }

    /// <summary>The figure compared, normalized (a quantity's figure or a presence radius); <see cref="FigureFacts.None"/>
    /// when the entry compares none.</summary>
    public FigureFacts FigureFacts
    {
        get => _facts as FigureFacts ?? (_facts as PresenceFacts)?.Figure ?? FigureFacts.None;
        set => _facts = _facts is PresenceFacts ? throw new InvalidOperationException("a presence statement's radius comes with its presence facts") : value;
    }

    /// <summary>The actors and place of a responsibility or presence statement, with a presence radius's figure;
    /// <see cref="PresenceFacts.None"/> for the others.</summary>
    public PresenceFacts PresenceFacts
    {
        get => _facts as PresenceFacts ?? PresenceFacts.None;
        set => _facts = value;
    }

    /// <summary>The nodes of the actors the statement names (responsibility and presence), in order.</summary>
    public ActorNode[] Actors => PresenceFacts.Actors;

    /// <summary>The figure compared (a quantity's figure or a presence radius), read from the statement;
    /// <see langword="null"/> when the entry compares none (<see cref="FigureFacts.None"/>).</summary>
    public Figure? Figure => ReferenceEquals(FigureFacts, FigureFacts.None) ? null
        : Statement switch
        {
            QuantityStatement quantity => quantity.Figure,
            PresenceStatement presence => presence.Within,
            _ => null,
        };

    /// <summary>The figure's dimension ("count", "length").</summary>
    public string? Dimension => FigureFacts.Dimension;

    /// <summary>The figure's interval in its own unit.</summary>
    public NumericInterval Interval => FigureFacts.Interval;

    /// <summary>The factor from the figure's unit to its dimension's base unit.</summary>
    public double Factor => FigureFacts.Factor;

    /// <summary>The figure's interval in its dimension's base unit (<see cref="Interval"/> scaled by
    /// <see cref="Factor"/>).</summary>
    public NumericInterval Normalized => Interval.Scale(Factor);

    /// <summary>For a count of a running total (<see cref="Figure.Cumulative"/>): the time it is counted up to (its
    /// <see cref="Figure.AsOf"/>, else when the claim was stated, else when its first report was published).</summary>
    public ResolvedTime? AsOf => FigureFacts.AsOf;

    /// <summary>The place: the presence place or the incident's place.</summary>
    public Place? Place => PresenceFacts.Place;

    /// <summary>The interned place name, or <see cref="KeyInterner.None"/>.</summary>
    public int PlaceKey => PresenceFacts.PlaceKey;

    /// <summary>The 1° grid cell of the place's coordinates, or <see cref="KeyInterner.None"/>.</summary>
    public int Cell => PresenceFacts.Cell;

    /// <summary>The radius in metres of an absence ("not within 12 miles").</summary>
    public double Radius => PresenceFacts.Radius;

    /// <summary>On the whole claim's entry: the entry of the statement at <paramref name="position"/> (this entry
    /// for a claim of one statement); <see langword="null"/> for a position the claim does not have.</summary>
    public ClaimEntry? StatementAt(int position) =>
        PositionOrWhole is var own and >= 0 ? (position == own ? this : null)
        : (uint)position < (uint)Statements.Length ? Statements[position]
        : null;

    /// <summary>The entry of one statement of a claim of several: the one kind of entry that keeps its position.</summary>
    private sealed class OneOfSeveral(Claim claim, int index, ActorNode claimant, int incidentKey, int ordinal)
        : ClaimEntry(claim, claimant, incidentKey, ordinal)
    {
        /// <summary>The statement's position in <see cref="Claim.Statements"/>.</summary>
        public int Index { get; } = index;
    }
}
