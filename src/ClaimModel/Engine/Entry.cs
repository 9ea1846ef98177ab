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

    /// <summary>The participant built the first time the entry takes part in a finding.</summary>
    public FindingParticipant? Participant { get; set; }

    /// <summary>Canonical participant order: claims before denials, then by id (ordinal).</summary>
    public static int CompareCanonical(Entry a, Entry b)
    {
        var byRole = ((int)a.Role).CompareTo((int)b.Role); // int: Enum.CompareTo(object) would box
        return byRole != 0 ? byRole : string.CompareOrdinal(a.Id, b.Id);
    }
}
