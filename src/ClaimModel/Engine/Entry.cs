namespace ClaimModel.Engine;

/// <summary>What the index keeps of a claim or denial: the record (read through the abstract members), its
/// claimant's precomputed side and its interned incident.</summary>
internal abstract class Entry
{
    protected Entry(ActorNode claimant, int incidentKey, int ordinal)
    {
        Claimant = claimant;
        IncidentKey = incidentKey;
        Ordinal = ordinal;
    }

    /// <summary>The claim or denial id.</summary>
    public abstract string Id { get; }

    /// <summary>Claim or denial.</summary>
    public abstract ParticipantRole Role { get; }

    /// <summary>The incident id, if any.</summary>
    public abstract string? Incident { get; }

    /// <summary>How firmly it was put.</summary>
    public abstract Modality Modality { get; }

    /// <summary>Where it was seen.</summary>
    public abstract ValueList<Report> Reports { get; }

    /// <summary>The claimant and its side.</summary>
    public ActorNode Claimant { get; }

    /// <summary>The interned incident id, or <see cref="KeyInterner.None"/>.</summary>
    public int IncidentKey { get; }

    /// <summary>The entry's position among the index's claims (or among its denials): unique per role.</summary>
    public int Ordinal { get; }

    /// <summary>Nothing while the entry took part in no finding; then its <see cref="FindingParticipant"/>, or the
    /// <see cref="ParticipantFactory"/> that builds it on the first read (<see cref="TakePart"/>).</summary>
    private object? _participant;

    /// <summary>The participant the entry shows in findings, built the first time it is read (then always the same
    /// instance, on any thread); <see langword="null"/> while the entry took part in no finding.</summary>
    public FindingParticipant? Participant
    {
        get
        {
            var value = Volatile.Read(ref _participant);
            if (value is not ParticipantFactory factory)
            {
                return (FindingParticipant?)value;
            }

            var built = factory.Build(this);
            return Interlocked.CompareExchange(ref _participant, built, factory) as FindingParticipant ?? built;
        }
    }

    /// <summary>Marks the entry as taking part in a finding, once: its participant is built now when
    /// <paramref name="now"/> (the incremental index, whose actor graph may still change), else on its first read.</summary>
    /// <param name="factory">Builds the participant.</param>
    /// <param name="now">Whether to build it now.</param>
    public void TakePart(ParticipantFactory factory, bool now)
    {
        if (_participant is null)
        {
            _participant = now ? factory.Build(this) : factory;
        }
    }

    /// <summary>The position of the claim's statement this entry stands for; <see langword="null"/> for a denial or a
    /// whole claim.</summary>
    public virtual int? StatementPosition => null;

    /// <summary>The statement position a participant shows (<see cref="FindingParticipant.Statement"/>): the entry's
    /// position for one statement of a claim of several, else <see langword="null"/>.</summary>
    public int? ParticipantStatement => this is ClaimEntry { Claim.Statements.Count: > 1 } ? StatementPosition : null;

    /// <summary>How explanations name the entry: the id, or <c>claimId#n</c> for one statement of a claim of several
    /// (<see cref="StatementReference"/>).</summary>
    public virtual string Reference => Id;

    /// <summary>Canonical participant order: claims before denials, then by id (ordinal).</summary>
    public static int CompareCanonical(Entry a, Entry b)
    {
        var byRole = ((int)a.Role).CompareTo((int)b.Role); // int: Enum.CompareTo(object) would box
        if (byRole != 0)
        {
            return byRole;
        }

        var byId = string.CompareOrdinal(a.Id, b.Id);
        return byId != 0 ? byId : (a.StatementPosition ?? -1).CompareTo(b.StatementPosition ?? -1);
    }
}
