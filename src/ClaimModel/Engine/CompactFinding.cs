namespace ClaimModel.Engine;

/// <summary>A pairwise finding as the index keeps it: its kind, severity and incident, the two entries in the roles
/// the explanation gives them and the figure gap (<see cref="FindingExplanation"/>) — no participants list, origins or
/// text. The <see cref="Finding"/> is made from it when read (<see cref="ToFinding"/>; <see cref="FindingList"/> keeps
/// it), so an analysis whose findings are counted, sorted or put in disputes never builds them.</summary>
/// <remarks>Everything a finding shows derives from these fields and from what the entries fixed before their first
/// comparison (their participants are built on the writer's thread when the entry first takes part in a finding), so
/// making the finding is safe on any thread and gives equal findings whenever it runs.</remarks>
internal readonly struct CompactFinding
{
    private readonly byte _kind;
    private readonly byte _severity;

    /// <summary>Whether the canonical participant order is (<see cref="FindingExplanation.Second"/>,
    /// <see cref="FindingExplanation.First"/>).</summary>
    private readonly bool _swapped;

    /// <summary>A finding of the engine.</summary>
    /// <param name="kind">What kind of contradiction.</param>
    /// <param name="severity">Its severity (<see cref="FindingBuilder.SeverityOf"/>).</param>
    /// <param name="incident">The incident it is about.</param>
    /// <param name="explanation">The entries in the explanation's roles and the gap.</param>
    /// <param name="made">The finding already made from it (the findings an add returns), if any.</param>
    public CompactFinding(FindingKind kind, Severity severity, string? incident, FindingExplanation explanation, Finding? made = null)
    {
        _kind = (byte)kind;
        _severity = (byte)severity;
        Incident = incident;
        Explanation = explanation;
        Made = made;
        _swapped = explanation.First is { } first && Entry.CompareCanonical(first, explanation.Second!) > 0;
    }

    /// <summary>What kind of contradiction.</summary>
    public FindingKind Kind => (FindingKind)_kind;

    /// <summary>How serious it is.</summary>
    public Severity Severity => (Severity)_severity;

    /// <summary>The incident id the finding is about, if any.</summary>
    public string? Incident { get; }

    /// <summary>The entries in the roles the explanation gives them, and the gap.</summary>
    public FindingExplanation Explanation { get; }

    /// <summary>The finding made from this one when it was found (the findings an add returns), so the report hands out
    /// the same instance; <see langword="null"/> when none was made yet.</summary>
    public Finding? Made { get; }

    /// <summary>Whether the finding was made by the engine (a finding made outside it has no entries).</summary>
    public bool HasEntries => Explanation.First is not null;

    /// <summary>The first participant in canonical order (<see cref="Entry.CompareCanonical"/>).</summary>
    public Entry X => _swapped ? Explanation.Second! : Explanation.First!;

    /// <summary>The second participant in canonical order.</summary>
    public Entry Y => _swapped ? Explanation.First! : Explanation.Second!;

    /// <summary>The same finding with <paramref name="made"/> as its made instance.</summary>
    public CompactFinding WithMade(Finding made) => new(Kind, Severity, Incident, Explanation, made);

    /// <summary>The finding: participants in canonical order, origins and the explanation (built when first read).
    /// The participants are the entries' own (shared by every finding of an entry).</summary>
    /// <param name="figures">The figure policy of the analysis (figure explanations name its threshold).</param>
    public Finding ToFinding(FigurePolicy figures)
    {
        if (Made is { } made)
        {
            return made;
        }

        var (x, y) = (X, Y);
        return new Finding(Kind, Severity, Incident, new ValueList<FindingParticipant>([x.Participant!, y.Participant!]), Origins(x.Claimant, y.Claimant), Explanation, figures);
    }

    /// <summary>Whether a claim participant is in <paramref name="revised"/> (the finding is history).</summary>
    public bool IsRevised(Func<string, bool> revised) =>
        (X.Role == ParticipantRole.Claim && revised(X.Id)) || (Y.Role == ParticipantRole.Claim && revised(Y.Id));

    /// <summary>The distinct claimant ids of two participants, sorted ordinally.</summary>
    private static ValueList<string> Origins(ActorNode x, ActorNode y)
    {
        var order = string.CompareOrdinal(x.Id, y.Id);
        return order == 0 ? new ValueList<string>([x.Id]) : order < 0 ? new ValueList<string>([x.Id, y.Id]) : new ValueList<string>([y.Id, x.Id]);
    }
}
