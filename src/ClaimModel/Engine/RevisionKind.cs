namespace ClaimModel.Engine;

/// <summary>How a later claim of the same voice revised an earlier one. JSON and report text: kebab-case.</summary>
public enum RevisionKind
{
    /// <summary>Updated by a later claim (<see cref="Claim.Supersedes"/>: "the death toll has climbed to 55").</summary>
    Superseded,

    /// <summary>Withdrawn by a later claim (<see cref="Claim.Retracts"/>).</summary>
    Retracted,
}
