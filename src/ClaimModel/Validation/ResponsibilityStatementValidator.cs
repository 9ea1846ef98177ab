using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="ResponsibilityStatement"/>: the responsible actor exists; targets are valid.</summary>
public sealed class ResponsibilityStatementValidator : AbstractValidator<ResponsibilityStatement>
{
    /// <summary>The shared instance (validators are immutable and thread-safe).</summary>
    public static readonly ResponsibilityStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public ResponsibilityStatementValidator()
    {
        RuleFor(x => x.Actor).Reference(EntityKind.Actor);
        RuleForEach(x => x.Targets).Elements(TargetValidator.Instance);
    }
}
