using System.Diagnostics.CodeAnalysis;

namespace ClaimModel.Engine;

/// <summary>One claim or denial taking part in a <see cref="Finding"/>, with its claimant, the claimant's
/// side and the evidence (every report: source id, via chain and quote).</summary>
/// <remarks>Value equality over every member, collections in order. The claimant's id, name and sides are kept as one
/// object shared by every participant of the claimant, and the role, modality and statement position in one word: an
/// analysis of a million claims makes half a million participants.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<FindingParticipant>))]
public sealed record FindingParticipant
{
    private readonly ClaimantFacts _claimant = ClaimantFacts.Unset;

    private readonly int _statement;

    private readonly bool _hasStatement;

    private readonly byte _role;

    private readonly byte _modality;

    /// <summary>Creates a participant whose members are set by an object initializer.</summary>
    public FindingParticipant()
    {
    }

    /// <summary>A participant of the engine, whose claimant members are <paramref name="claimant"/>'s.</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // Claimant and ClaimantName are never null: they read the claimant facts set here.
    internal FindingParticipant(string id, ParticipantRole role, int? statement, ClaimantFacts claimant, Modality modality, string says, ValueList<Report> reports)
    {
        Id = id;
        Role = role;
        Statement = statement;
        _claimant = claimant;
        Modality = modality;
        Says = says;
        Reports = reports;
    }
#pragma warning restore CS8618

    /// <summary>The claim or denial id.</summary>
    public required string Id { get; init; }

    /// <summary>Whether <see cref="Id"/> names a claim or a denial.</summary>
    public required ParticipantRole Role
    {
        get => (ParticipantRole)_role;
        init => _role = SmallEnum.ToByte(value);
    }

    /// <summary>The position of the claim's statement that takes part (its index in <see cref="Claim.Statements"/>)
    /// when the claim has several; <see langword="null"/> for a claim of one statement (the claim is its statement),
    /// a claim a denial names as a whole, or a denial.</summary>
    public int? Statement
    {
        get => _hasStatement ? _statement : null;
        init => (_hasStatement, _statement) = (value.HasValue, value.GetValueOrDefault());
    }

    /// <summary>How reports name the participant: <see cref="Id"/>, or <c>id#n</c> for statement n of a claim of
    /// several (<see cref="StatementReference"/>).</summary>
    public string Reference => Statement is { } position ? StatementReference.Format(Id, position) : Id;

    /// <summary>The claimant's actor id.</summary>
    public required string Claimant
    {
        get => _claimant.Id;
        init => _claimant = _claimant.WithId(value);
    }

    /// <summary>The claimant's display name (the actor's name, or its id when the actor is unknown).</summary>
    public required string ClaimantName
    {
        get => _claimant.Name;
        init => _claimant = _claimant.WithName(value);
    }

    /// <summary>The claimant's side: the root actor ids of its affiliation graph, sorted ordinally.</summary>
    public required ValueList<string> Sides
    {
        get => _claimant.Roots;
        init => _claimant = _claimant.WithRoots(value);
    }

    /// <summary>How firmly it was put.</summary>
    public required Modality Modality
    {
        get => (Modality)_modality;
        init => _modality = SmallEnum.ToByte(value);
    }

    /// <summary>What it says, in plain words built from the statement ("United States carried it out").</summary>
    public required string Says { get; init; }

    /// <summary>Where it was seen: every report, in document order (one utterance relayed by several outlets
    /// is one participant with several reports).</summary>
    public required ValueList<Report> Reports { get; init; }

    /// <summary>Value equality over every member, collections in order.</summary>
    /// <param name="other">The participant to compare with.</param>
    public bool Equals(FindingParticipant? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && _role == other._role
            && Statement == other.Statement
            && string.Equals(Claimant, other.Claimant, StringComparison.Ordinal)
            && string.Equals(ClaimantName, other.ClaimantName, StringComparison.Ordinal)
            && Sides.Equals(other.Sides)
            && _modality == other._modality
            && string.Equals(Says, other.Says, StringComparison.Ordinal)
            && Reports.Equals(other.Reports));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(Role);
        hash.Add(Statement);
        hash.Add(Claimant);
        hash.Add(ClaimantName);
        hash.Add(Sides);
        hash.Add(Modality);
        hash.Add(Says);
        hash.Add(Reports);
        return hash.ToHashCode();
    }
}
