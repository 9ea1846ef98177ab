using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="ResponsibilityStatement"/>: the responsible actor exists; targets are valid.</summary>
public sealed class ResponsibilityStatementValidator : AbstractValidator<ResponsibilityStatement>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly ResponsibilityStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public ResponsibilityStatementValidator()
    {
        RuleFor(x => x.Actor).Reference(EntityKind.Actor);
        RuleFor(x => x.Targets).Elements(TargetValidator.Instance);
    }
}
