using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Claim"/>: id, an existing claimant actor and incident, one or more valid
/// statements, a defined modality, a valid statement time, at least one valid report (its statement positions the
/// claim's), and <c>supersedes</c>/<c>retracts</c> naming existing claims. Whether an update names a claim of the
/// same voice, stated before it, without a cycle, is checked by <see cref="ClaimDocumentValidator"/>.</summary>
public sealed class ClaimValidator : AbstractValidator<Claim>, IRecordValidator<Claim>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<Claim> Rules = new()
    {
        { nameof(Claim.Id), static (ref issues, claim) => issues.Id(claim.Id) },
        { nameof(Claim.Claimant), static (ref issues, claim) => issues.Reference(claim.Claimant, EntityKind.Actor) },
        { nameof(Claim.Incident), static (ref issues, claim) => issues.Reference(claim.Incident, EntityKind.Incident, optional: true) },
        {
            nameof(Claim.Statements), static (ref issues, claim) =>
            {
                var statements = claim.Statements.AsSpan();
                if (statements.IsEmpty)
                {
                    issues.Fail(ErrorCodes.StatementsEmpty, "must hold at least one statement: what the claim asserts", "[]");
                }

                for (var i = 0; i < statements.Length; i++)
                {
                    if (statements[i] is { } statement)
                    {
                        issues.Statement(statement, i);
                    }
                    else
                    {
                        issues.Fail(ErrorCodes.ElementNull, "must not be null: remove the element or give a statement", null, i);
                    }
                }
            }
        },
        { nameof(Claim.Modality), static (ref issues, claim) => issues.Defined(claim.Modality) },
        { nameof(Claim.StatedAt), static (ref issues, claim) => issues.Child(claim.StatedAt, TimeSpecValidator.Instance) },
        { nameof(Claim.Reports), static (ref issues, claim) => issues.Reports(claim.Reports, claim.Statements.Count) },
        { nameof(Claim.Supersedes), static (ref issues, claim) => issues.References(claim.Supersedes, EntityKind.Claim) },
        { nameof(Claim.Retracts), static (ref issues, claim) => issues.References(claim.Retracts, EntityKind.Claim) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly ClaimValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public ClaimValidator() => Rules.AddTo(this);

    RecordRules<Claim> IRecordValidator<Claim>.Rules => Rules;
}
