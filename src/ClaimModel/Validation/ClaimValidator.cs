using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Claim"/>: id, an existing claimant actor and incident, a valid statement, a
/// defined modality, a valid statement time and at least one valid report.</summary>
public sealed class ClaimValidator : AbstractValidator<Claim>, IRecordValidator<Claim>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<Claim> Rules = new()
    {
        { nameof(Claim.Id), static (ref issues, claim) => issues.Id(claim.Id) },
        { nameof(Claim.Claimant), static (ref issues, claim) => issues.Reference(claim.Claimant, EntityKind.Actor) },
        { nameof(Claim.Incident), static (ref issues, claim) => issues.Reference(claim.Incident, EntityKind.Incident, optional: true) },
        {
            nameof(Claim.Statement), static (ref issues, claim) =>
            {
                if (issues.Present(claim.Statement))
                {
                    issues.Statement(claim.Statement);
                }
            }
        },
        { nameof(Claim.Modality), static (ref issues, claim) => issues.Defined(claim.Modality) },
        { nameof(Claim.StatedAt), static (ref issues, claim) => issues.Child(claim.StatedAt, TimeSpecValidator.Instance) },
        { nameof(Claim.Reports), static (ref issues, claim) => issues.Reports(claim.Reports) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly ClaimValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public ClaimValidator() => Rules.AddTo(this);

    RecordRules<Claim> IRecordValidator<Claim>.Rules => Rules;
}
