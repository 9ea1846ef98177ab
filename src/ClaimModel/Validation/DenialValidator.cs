using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Denial"/>: id, an existing claimant and incident, existing denied claims and/or
/// a valid statement, a defined modality, a valid statement time and at least one valid report. Denying a claim
/// of the same claimant is allowed: that self-contradiction is a finding, not a validation error.</summary>
public sealed class DenialValidator : AbstractValidator<Denial>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly DenialValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public DenialValidator()
    {
        RuleFor(x => x.Id).Id();
        RuleFor(x => x.Claimant).Reference(EntityKind.Actor);
        RuleFor(x => x.Incident).Reference(EntityKind.Incident, optional: true);
        RuleFor(x => x.DeniedClaims).References(EntityKind.Claim);
        RuleFor(x => x.Statement).Custom(static (statement, context) =>
        {
            if (statement is null && context.InstanceToValidate.DeniedClaims.IsEmpty)
            {
                context.FailAt(string.Empty, ErrorCodes.DenialEmpty, "must deny at least one claim (deniedClaims) or state what is not so (statement)", null);
            }
        }).Statement();
        RuleFor(x => x.Modality).Defined();
        RuleFor(x => x.StatedAt).Child(TimeSpecValidator.Instance);
        RuleFor(x => x.Reports).Custom(static (reports, context) => ReportsRule.Check(context, reports)).Elements(ReportValidator.Instance);
    }
}
