using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Claim"/>: id, an existing claimant actor and incident, a valid statement, a
/// defined modality, a valid statement time and at least one valid report.</summary>
public sealed class ClaimValidator : AbstractValidator<Claim>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly ClaimValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public ClaimValidator()
    {
        RuleFor(x => x.Id).Id();
        RuleFor(x => x.Claimant).Reference(EntityKind.Actor);
        RuleFor(x => x.Incident).Reference(EntityKind.Incident, optional: true);
        RuleFor(x => x.Statement).Present().Statement();
        RuleFor(x => x.Modality).Defined();
        RuleFor(x => x.StatedAt).Child(TimeSpecValidator.Instance);
        RuleFor(x => x.Reports).Custom(static (reports, context) => ReportsRule.Check(context, reports)).Elements(ReportValidator.Instance);
    }
}
