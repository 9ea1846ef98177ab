namespace ClaimModel.Engine;

/// <summary>A pairwise finding as the index keeps it, in 24 bytes: its kind and severity, the two entries in the roles
/// the explanation gives them (the parts of a <see cref="FindingExplanation"/>; a figure gap is read from the entries)
/// and its incident's interned key — no participants list, origins, text or incident id (the entries give it). The <see cref="Finding"/> is made from it when read
/// (<see cref="ToFinding"/>; <see cref="FindingList"/> keeps it), so an analysis whose findings are counted, sorted or
/// put in disputes never builds them.</summary>
/// <remarks>Everything a finding shows derives from these fields and from what the entries fixed before their first
/// comparison, so making the finding is safe on any thread and gives equal findings whenever it runs. When a finding
/// exists already — made when found (the findings an add returns) or from outside the engine — the first field holds
/// it instead of the first entry, and kind, severity, incident and entries are the finding's.</remarks>
internal readonly struct CompactFinding
{
    /// <summary>The first entry of the explanation, or the <see cref="Finding"/> (<see cref="Made"/>).</summary>
    private readonly object? _first;
    private readonly Entry? _second;

    /// <summary>The interned key of <see cref="Incident"/> (<see cref="KeyInterner.None"/> for none), or
    /// <see cref="UnknownIncident"/> for a finding made outside the engine.</summary>
    private readonly int _incidentKey;
    private readonly byte _kind;
    private readonly byte _severity;
    private readonly byte _explanation;

    /// <summary>Whether the canonical participant order is (second, first).</summary>
    private readonly bool _swapped;

    /// <summary>A finding of the engine, not made yet.</summary>
    /// <param name="kind">What kind of contradiction.</param>
    /// <param name="severity">Its severity (<see cref="FindingBuilder.SeverityOf"/>).</param>
    /// <param name="explanation">The entries in the explanation's roles and the gap.</param>
    public CompactFinding(FindingKind kind, Severity severity, FindingExplanation explanation)
        : this(kind, severity, explanation, explanation.First)
    {
    }

    private CompactFinding(FindingKind kind, Severity severity, FindingExplanation explanation, object? first)
    {
        _first = first;
        _second = explanation.Second;
        _kind = (byte)kind;
        _severity = (byte)severity;
        _explanation = explanation.Code;
        _swapped = explanation.First is { } a && Entry.CompareCanonical(a, explanation.Second!) > 0;
        _incidentKey = explanation.First is not { } entry ? UnknownIncident
            : FindingExplanation.IncidentOfSecond(_explanation) ? Either(explanation.Second!.IncidentKey, entry.IncidentKey)
            : Either(entry.IncidentKey, explanation.Second!.IncidentKey);
    }

    /// <summary>The <see cref="IncidentKey"/> of a finding made outside the engine (no entries, so no interned key).</summary>
    public const int UnknownIncident = KeyInterner.None - 1;

    /// <summary>The compact form of <paramref name="finding"/>, holding it: its kind, severity and incident, and the
    /// entries of its explanation (none for a finding made outside the engine).</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="explanation">What its explanation is built from (<see langword="default"/> outside the engine).</param>
    public static CompactFinding Of(Finding finding, FindingExplanation explanation) => new(finding.Kind, finding.Severity, explanation, finding);

    /// <summary>What kind of contradiction.</summary>
    public FindingKind Kind => (FindingKind)_kind;

    /// <summary>How serious it is.</summary>
    public Severity Severity => (Severity)_severity;

    /// <summary>The incident id the finding is about, if any: the finding's, else the entries' (the acting claim's
    /// first for a presence conflict, else the first entry's; the other entry's when that one has none).</summary>
    public string? Incident
    {
        get
        {
            if (_first is Finding made)
            {
                return made.Incident;
            }

            return _first is Entry first ? FindingExplanation.FromParts(_explanation, first, _second!).Incident : null;
        }
    }

    /// <summary>The interned key of <see cref="Incident"/>, read without the entries: equal keys, equal incidents
    /// (<see cref="KeyInterner.None"/> for none); <see cref="UnknownIncident"/> when the finding was made outside the
    /// engine (read <see cref="Incident"/>).</summary>
    public int IncidentKey => _incidentKey;

    /// <summary>The entries in the roles the explanation gives them, and the gap.</summary>
    public FindingExplanation Explanation => First is { } first ? FindingExplanation.FromParts(_explanation, first, _second!) : default;

    /// <summary>The finding this one was made into when it was found, or came from (made outside the engine), so the
    /// report hands out the same instance; <see langword="null"/> when none was made yet.</summary>
    public Finding? Made => _first as Finding;

    /// <summary>Whether the finding was made by the engine (a finding made outside it has no entries).</summary>
    public bool HasEntries => _second is not null;

    /// <summary>The first participant in canonical order (<see cref="Entry.CompareCanonical"/>).</summary>
    public Entry X => _swapped ? _second! : First!;

    /// <summary>The second participant in canonical order.</summary>
    public Entry Y => _swapped ? First! : _second!;

    /// <summary>The first entry of the explanation (<see langword="null"/> for a finding made outside the engine).</summary>
    private Entry? First => _first as Entry ?? (_first as Finding)?.Pending.First;

    /// <summary>The same finding, holding <paramref name="made"/>, the finding made from it.</summary>
    public CompactFinding WithMade(Finding made) => new(Kind, Severity, Explanation, made);

    /// <summary>The finding: participants in canonical order, origins and the explanation (all built when first read).
    /// The participants are the entries' own (shared by every finding of an entry).</summary>
    /// <param name="context">The figure policy and origin lists of the analysis.</param>
    public Finding ToFinding(FindingContext context)
    {
        if (Made is { } made)
        {
            return made;
        }

        return new Finding(Kind, Severity, Explanation, context);
    }

    /// <summary>Whether a claim participant is in <paramref name="revised"/> (the finding is history).</summary>
    public bool IsRevised(Func<string, bool> revised) =>
        (X.Role == ParticipantRole.Claim && revised(X.Id)) || (Y.Role == ParticipantRole.Claim && revised(Y.Id));

    /// <summary>The first key unless it is <see cref="KeyInterner.None"/>, else the second (as <see cref="Incident"/>
    /// picks between the entries' incidents).</summary>
    private static int Either(int first, int second) => first != KeyInterner.None ? first : second;
}
