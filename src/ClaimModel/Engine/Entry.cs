namespace ClaimModel.Engine;

/// <summary>What the index keeps of a claim or denial: the record, its claimant's precomputed side and its
/// interned incident.</summary>
internal abstract class Entry
{
    protected Entry(string id, ParticipantRole role, ActorNode claimant, string? incident, int incidentKey, Modality modality, ValueList<Report> reports)
    {
        Id = id;
        Role = role;
        Claimant = claimant;
        Incident = incident;
        IncidentKey = incidentKey;
        Modality = modality;
        Reports = reports;
    }

    /// <summary>The claim or denial id.</summary>
    public string Id { get; }

    /// <summary>Claim or denial.</summary>
    public ParticipantRole Role { get; }

    /// <summary>The claimant and its side.</summary>
    public ActorNode Claimant { get; }

    /// <summary>The incident id, if any.</summary>
    public string? Incident { get; }

    /// <summary>The interned incident id, or <see cref="KeyInterner.None"/>.</summary>
    public int IncidentKey { get; }

    /// <summary>How firmly it was put.</summary>
    public Modality Modality { get; }

    /// <summary>Where it was seen.</summary>
    public ValueList<Report> Reports { get; }

    /// <summary>The participant built the first time the entry takes part in a finding.</summary>
    public FindingParticipant? Participant { get; set; }

    /// <summary>Canonical participant order: claims before denials, then by id (ordinal).</summary>
    public static int CompareCanonical(Entry a, Entry b)
    {
        var byRole = a.Role.CompareTo(b.Role);
        return byRole != 0 ? byRole : string.CompareOrdinal(a.Id, b.Id);
    }
}
