using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Denial"/>: id, an existing claimant and incident, denied claims (<c>claimId</c> or
/// <c>claimId#n</c>, naming existing claims and statements) and/or a valid statement, defined aspect,
/// characterisation and modality, a valid place and times, and at least one valid report (without statement
/// positions). Denying a claim of the same claimant is allowed: that self-contradiction is a finding, not a
/// validation error.</summary>
public sealed class DenialValidator : AbstractValidator<Denial>, IRecordValidator<Denial>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<Denial> Rules = new()
    {
        { nameof(Denial.Id), static (ref issues, denial) => issues.Id(denial.Id) },
        { nameof(Denial.Claimant), static (ref issues, denial) => issues.Reference(denial.Claimant, EntityKind.Actor) },
        { nameof(Denial.Incident), static (ref issues, denial) => issues.Reference(denial.Incident, EntityKind.Incident, optional: true) },
        { nameof(Denial.DeniedClaims), static (ref issues, denial) => issues.StatementReferences(denial.DeniedClaims) },
        {
            nameof(Denial.Statement), static (ref issues, denial) =>
            {
                if (denial.Statement is null && denial.DeniedClaims.IsEmpty)
                {
                    issues.FailAt(string.Empty, ErrorCodes.DenialEmpty, "must deny at least one claim (deniedClaims) or state what is not so (statement)", null);
                }

                issues.Statement(denial.Statement);
            }
        },
        { nameof(Denial.Denies), static (ref issues, denial) => issues.Defined(denial.Denies) },
        { nameof(Denial.Characterization), static (ref issues, denial) => issues.Defined(denial.Characterization) },
        { nameof(Denial.Place), static (ref issues, denial) => issues.Child(denial.Place, PlaceValidator.Instance) },
        { nameof(Denial.Time), static (ref issues, denial) => issues.Child(denial.Time, TimeSpecValidator.Instance) },
        { nameof(Denial.Modality), static (ref issues, denial) => issues.Defined(denial.Modality) },
        { nameof(Denial.StatedAt), static (ref issues, denial) => issues.Child(denial.StatedAt, TimeSpecValidator.Instance) },
        { nameof(Denial.Reports), static (ref issues, denial) => issues.Reports(denial.Reports, RecordIssues.DenialStatements) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly DenialValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public DenialValidator() => Rules.AddTo(this);

    RecordRules<Denial> IRecordValidator<Denial>.Rules => Rules;
}
