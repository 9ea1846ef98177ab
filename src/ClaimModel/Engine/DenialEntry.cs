namespace ClaimModel.Engine;

/// <summary>A denial in the index.</summary>
internal sealed class DenialEntry : Entry
{
    public DenialEntry(Denial denial, ActorNode claimant, int incidentKey, int ordinal)
        : base(claimant, incidentKey, ordinal)
    {
        Denial = denial;
        var named = denial.DeniedClaims.Count == 0 ? [] : new (string, int?)[denial.DeniedClaims.Count];
        for (var i = 0; i < named.Length; i++)
        {
            var parsed = StatementReference.TryParse(denial.DeniedClaims[i] ?? string.Empty, out var claimId, out var position);
            named[i] = (claimId, parsed ? position : -1);
        }

        Named = named;
    }

    /// <summary>The claims (and statements) the denial names, parsed from <see cref="Denial.DeniedClaims"/>: the claim
    /// id and the position (<see langword="null"/>: the whole claim; −1: a malformed position, which names nothing).</summary>
    public (string Claim, int? Position)[] Named { get; }

    /// <summary>Whether the denial names the claim <paramref name="claim"/> as a whole (its id without a statement
    /// position): then the statements it also names by position are not denied again.</summary>
    public bool NamesWhole(string claim)
    {
        foreach (var (id, position) in Named)
        {
            if (position is null && string.Equals(id, claim, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the denial names <paramref name="entry"/>'s claim as a whole or names its statement.</summary>
    public bool Names(ClaimEntry entry)
    {
        foreach (var (claim, position) in Named)
        {
            if (string.Equals(claim, entry.Id, StringComparison.Ordinal) && (position is null || position == entry.Position))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public override string Id => Denial.Id;

    /// <inheritdoc/>
    public override ParticipantRole Role => ParticipantRole.Denial;

    /// <inheritdoc/>
    public override string? Incident => Denial.Incident;

    /// <inheritdoc/>
    public override Modality Modality => Denial.Modality;

    /// <inheritdoc/>
    public override ValueList<Report> Reports => Denial.Reports;

    /// <summary>The denial.</summary>
    public Denial Denial { get; }
}
