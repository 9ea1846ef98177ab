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
    private readonly FindingExplanation _pending;

    /// <summary>The <see cref="FindingContext"/> the pending explanation and origins are built with until the text is
    /// built, then the text (a finding given its text holds the text from the start): one field for the two, as the
    /// context is only needed until then (the origins are built before the text replaces it).</summary>
    private object? _textOrContext;

    private string? _id;

    /// <summary>The participants; unset (<see cref="ValueList{T}.IsDefault"/>) on a finding of the engine until the first
    /// read builds them from the pending explanation's entries (<see cref="FindingExplanation.Participants"/>).</summary>
    private ValueList<FindingParticipant> _participants;

    /// <summary>Creates a finding whose members are set by an object initializer.</summary>
    public Finding()
    {
    }

    /// <summary>The origins; unset (<see cref="ValueList{T}.IsDefault"/>) on a finding of the engine until the first read
    /// takes them from the context's origin lists (<see cref="Origins"/>).</summary>
    private ValueList<string> _origins;

    /// <summary>A finding made by the engine, whose participants list, origins and explanation are built when first read
    /// (from the entries of <paramref name="explanation"/>, whose participants and claimants are fixed already).</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // Explanation is never null: its getter builds it from the pending explanation.
    internal Finding(FindingKind kind, Severity severity, string? incident, FindingExplanation explanation, FindingContext context)
    {
        Kind = kind;
        Severity = severity;
        Incident = incident;
        _pending = explanation;
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
        Incident = original.Incident;
        _participants = original._participants;
        Origins = original.Origins;
        _pending = original._pending;
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
    internal CompactFinding Compact => CompactFinding.Of(this, _pending);

    /// <summary>What the engine builds the explanation from (<see langword="default"/> for a finding made outside it, or
    /// given its explanation text).</summary>
    internal FindingExplanation Pending => _pending;

    /// <summary>Takes <paramref name="id"/>, this finding's id computed from its compact form, unless it has one.</summary>
    internal void TakeId(string id) => _id ??= id;

    /// <summary>The id when it was already computed, else <see langword="null"/>.</summary>
    internal string? IdIfComputed => Volatile.Read(ref _id);

    /// <summary>The explanation without keeping it: the text already built, else a new one (for writers that read each
    /// finding once).</summary>
    internal string ExplanationOnce => TextOrBuilt(Volatile.Read(ref _textOrContext));

    /// <summary>What kind of contradiction.</summary>
    public required FindingKind Kind { get; init; }

    /// <summary>How serious it is (rule on <see cref="Engine.Severity"/>).</summary>
    public required Severity Severity { get; init; }

    /// <summary>The incident id the finding is about; <see langword="null"/> when it is about no single
    /// incident (a figure about an actor over a period, a general denial of a claim without incident).</summary>
    public string? Incident { get; init; }

    /// <summary>The claims and denials involved, in canonical order.</summary>
    public required ValueList<FindingParticipant> Participants
    {
        get
        {
            // A finding of the engine builds the list on the first read; two threads may both build it: equal lists of
            // the same participants, and either may stay (the list is one reference, written whole).
            var participants = _participants;
            if (participants.IsDefault && _pending.First is not null)
            {
                participants = _pending.Participants;
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
                origins = context.Origins.Of(_pending.First!.Claimant, _pending.Second!.Claimant);
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
            _textOrContext = value;
            _participants = Participants; // built from the pending explanation, which the text replaces
            _pending = default;
        }
    }

    /// <summary>The text when <paramref name="held"/> (one read of the field: another thread may replace the context with
    /// the text meanwhile) is the text, else the pending explanation built under the figure policy of the context it is.</summary>
    private string TextOrBuilt(object? held) => held as string ?? _pending.Build((held as FindingContext)?.Figures);

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
