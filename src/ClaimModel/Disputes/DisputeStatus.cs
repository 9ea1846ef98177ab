namespace ClaimModel.Disputes;

/// <summary>Where a <see cref="Dispute"/> stands, by a documented rule (first that applies). JSON and report text:
/// kebab-case.</summary>
/// <remarks>
/// <list type="number">
/// <item><see cref="SelfContradicted"/>: every finding of the dispute is a self-contradiction.</item>
/// <item><see cref="Contested"/>: two or more asserting positions (claims, not denials) are held by voices of
/// different sides, or a denial comes from a side the accusation does not name.</item>
/// <item><see cref="Inconsistent"/>: the asserting positions all come from one side (a side's own accounts
/// disagree: "510 sorties" vs "more than 510").</item>
/// <item><see cref="Corroborated"/>: one asserting position, denied only by the accused (the sides of the actors it
/// names), and held by independent voices of two or more sides.</item>
/// <item><see cref="DeniedByAccused"/>: one asserting position, denied only by the accused.</item>
/// </list>
/// </remarks>
public enum DisputeStatus
{
    /// <summary>Accounts of different sides stand against each other.</summary>
    Contested,

    /// <summary>One account, denied only by those it accuses.</summary>
    DeniedByAccused,

    /// <summary>One account held by independent voices of two or more sides, denied only by those it accuses.</summary>
    Corroborated,

    /// <summary>One side's own accounts disagree.</summary>
    Inconsistent,

    /// <summary>One side both asserts and denies the same statement.</summary>
    SelfContradicted,
}
