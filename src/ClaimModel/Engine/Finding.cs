using System.Diagnostics.CodeAnalysis;

namespace ClaimModel.Engine;

/// <summary>One contradiction the engine found: its kind, severity, incident, participants (claims and
/// denials with their evidence), independent origins and an explanation a person can check.</summary>
/// <remarks>
/// <para>Participants are in a canonical order — claims before denials, then by id (ordinal) — so a finding
/// between A and B is equal to the one between B and A, and the explanation is built in that order with
/// <see cref="System.Globalization.CultureInfo.InvariantCulture"/>.</para>
/// <para>The engine builds a finding's <see cref="Explanation"/> the first time it is read (an analysis of a
/// million claims finds hundreds of thousands of contradictions, most of which nobody reads in full); reading
/// it is thread-safe and always gives the same text. A finding is immutable.</para>
/// <para>Value equality over every member, collections in order.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<Finding>))]
public sealed record Finding
{
    /// <summary>The pending explanation's first entry (<see langword="null"/> for a finding made outside the engine or
    /// given its explanation text, or whose incident was changed), kept as its parts beside
    /// <see cref="_secondOrIncident"/> and <see cref="_code"/>: one word less than the struct, as the code shares a word
    /// with the kind and severity. Set only by the constructors and the init accessors (<see cref="Release"/>).</summary>
    private Entry? _first;

    /// <summary>With <see cref="_first"/>: the pending explanation's second entry (the entries give the incident,
    /// <see cref="FindingExplanation.Incident"/>); without: the incident id, if any. One field for the two, as a finding
    /// of the engine derives its incident from its entries.</summary>
    private object? _secondOrIncident;

    /// <summary>The pending explanation's <see cref="FindingExplanation.Code"/>.</summary>
    private readonly byte _code;

    private readonly byte _kind;

    private readonly byte _severity;

    /// <summary>The <see cref="FindingContext"/> the pending explanation and origins are built with until the text is
    /// built, then the text (a finding given its text holds the text from the start): one field for the two, as the
    /// context is only needed until then (the origins are built before the text replaces it).</summary>
    private object? _textOrContext;

    /// <summary>The origins; unset (<see cref="ValueList{T}.IsDefault"/>) on a finding of the engine until the first read
    /// takes them from the context's origin lists (<see cref="Origins"/>).</summary>
    private ValueList<string> _origins;

    private string? _id;

    /// <summary>The participants; unset (<see cref="ValueList{T}.IsDefault"/>) on a finding of the engine until the first
    /// read builds them from the pending explanation's entries (<see cref="FindingExplanation.Participants"/>).</summary>
    private ValueList<FindingParticipant> _participants;

    /// <summary>Creates a finding whose members are set by an object initializer.</summary>
    public Finding()
    {
    }

    /// <summary>A finding made by the engine, whose participants list, origins and explanation are built when first read
    /// (from the entries of <paramref name="explanation"/>, whose participants and claimants are fixed already).</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // Explanation is never null: its getter builds it from the pending explanation.
    internal Finding(FindingKind kind, Severity severity, FindingExplanation explanation, FindingContext context)
    {
        Kind = kind;
        Severity = severity;
        (_first, _secondOrIncident, _code) = (explanation.First, explanation.Second, explanation.Code);
        _textOrContext = context;
    }
#pragma warning restore CS8618

    /// <summary>The copy a <c>with</c> expression makes: every member, the participants and the explanation built or
    /// pending, but not the id, which derives from members the copy may change.</summary>
    /// <param name="original">The finding copied.</param>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // Explanation is never null: the original's text or pending explanation is copied.
    private Finding(Finding original)
    {
        Kind = original.Kind;
        Severity = original.Severity;
        _participants = original._participants;
        Origins = original.Origins;
        (_first, _secondOrIncident, _code) = (original._first, original._secondOrIncident, original._code);
        _textOrContext = Volatile.Read(ref original._textOrContext);
    }
#pragma warning restore CS8618

    /// <summary>The finding's stable id (<c>fnd-</c> and 16 hex digits): a hash of what the finding is — its kind, its
    /// incident and its participants (role, id and statement position) — never of list order or memory, so the same
    /// finding has the same id across runs, machines, input orders, and batch or incremental analysis. Not part of
    /// equality (it derives from members that are).</summary>
    public string Id => _id ??= StableId.Of(this);

    /// <summary>The finding as the index keeps it, without this instance or its text (no entries for a finding made
    /// outside the engine).</summary>
    internal CompactFinding Compact => CompactFinding.Of(this, Pending);

    /// <summary>What the engine builds the explanation from (<see langword="default"/> for a finding made outside it, or
    /// given its explanation text).</summary>
    internal FindingExplanation Pending => _first is null ? default : FindingExplanation.FromParts(_code, _first, (Entry)_secondOrIncident!);

    /// <summary>Takes <paramref name="id"/>, this finding's id computed from its compact form, unless it has one.</summary>
    internal void TakeId(string id) => _id ??= id;

    /// <summary>The id when it was already computed, else <see langword="null"/>.</summary>
    internal string? IdIfComputed => Volatile.Read(ref _id);

    /// <summary>The explanation without keeping it: the text already built, else a new one (for writers that read each
    /// finding once).</summary>
    internal string ExplanationOnce => TextOrBuilt(Volatile.Read(ref _textOrContext));

    /// <summary>What kind of contradiction.</summary>
    public required FindingKind Kind
    {
        get => (FindingKind)_kind;
        init => _kind = SmallEnum.ToByte(value);
    }

    /// <summary>How serious it is (rule on <see cref="Engine.Severity"/>).</summary>
    public required Severity Severity
    {
        get => (Severity)_severity;
        init => _severity = SmallEnum.ToByte(value);
    }

    /// <summary>The incident id the finding is about; <see langword="null"/> when it is about no single
    /// incident (a figure about an actor over a period, a general denial of a claim without incident).</summary>
    public string? Incident
    {
        get => _first is null ? (string?)_secondOrIncident : Pending.Incident;
        init
        {
            // A finding of the engine whose incident changes no longer is the engine's: its text and participants are
            // built now, from the entries, which it then lets go.
            Release();
            _secondOrIncident = value;
        }
    }

    /// <summary>The claims and denials involved, in canonical order.</summary>
    public required ValueList<FindingParticipant> Participants
    {
        get
        {
            // A finding of the engine builds the list on the first read; two threads may both build it: equal lists of
            // the same participants, and either may stay (the list is one reference, written whole).
            var participants = _participants;
            if (participants.IsDefault && _first is not null)
            {
                participants = Pending.Participants;
                _participants = participants;
            }

            return participants;
        }

        init => _participants = value.IsDefault ? new ValueList<FindingParticipant>([]) : value;
    }

    /// <summary>The independent origins: the distinct claimant ids of the participants, sorted ordinally.
    /// Three articles relaying one spokesman are one origin.</summary>
    public required ValueList<string> Origins
    {
        get
        {
            // The context first: the explanation's getter sets the origins before the text replaces the context, so a
            // finding that holds its text holds its origins. Two threads may both take them: the same shared list, or
            // equal ones, and either may stay (the list is one reference, written whole).
            var held = Volatile.Read(ref _textOrContext);
            var origins = _origins;
            if (origins.IsDefault && held is FindingContext context)
            {
                var pending = Pending;
                origins = context.Origins.Of(pending.First!.Claimant, pending.Second!.Claimant);
                _origins = origins;
            }

            return origins;
        }

        init => _origins = value;
    }

    /// <summary>One or two sentences built from the data, in invariant culture.</summary>
    public required string Explanation
    {
        get
        {
            // Two threads may both build it: they build the same text, and either reference may stay.
            var held = Volatile.Read(ref _textOrContext);
            if (held is string text)
            {
                return text;
            }

            text = TextOrBuilt(held);
            _ = Origins; // taken from the context before the text replaces it
            Volatile.Write(ref _textOrContext, text);
            return text;
        }

        init
        {
            ArgumentNullException.ThrowIfNull(value);
            Release();
            _textOrContext = value;
        }
    }

    /// <summary>Builds the participants from the pending explanation and keeps the incident, then lets the entries go
    /// (nothing when there are none): an init accessor replaces what the entries give.</summary>
    private void Release()
    {
        if (_first is not null)
        {
            _participants = Participants;
            _textOrContext = Explanation; // the origins too, taken before the text replaces the context
            _secondOrIncident = Incident;
            _first = null;
        }
    }

    /// <summary>The text when <paramref name="held"/> (one read of the field: another thread may replace the context with
    /// the text meanwhile) is the text, else the pending explanation built under the figure policy of the context it is.</summary>
    private string TextOrBuilt(object? held) => held as string ?? Pending.Build((held as FindingContext)?.Figures);

    /// <summary>Value equality over every member, collections in order.</summary>
    /// <param name="other">The finding to compare with.</param>
    public bool Equals(Finding? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Kind == other.Kind
            && Severity == other.Severity
            && string.Equals(Incident, other.Incident, StringComparison.Ordinal)
            && Participants.Equals(other.Participants)
            && Origins.Equals(other.Origins)
            && string.Equals(Explanation, other.Explanation, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Severity, Incident, Participants, Origins, Explanation);
}
