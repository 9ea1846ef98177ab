using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates an <see cref="OccurrenceStatement"/>: a valid time.</summary>
public sealed class OccurrenceStatementValidator : AbstractValidator<OccurrenceStatement>
{
    /// <summary>The shared instance (validators are immutable and thread-safe).</summary>
    public static readonly OccurrenceStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public OccurrenceStatementValidator()
    {
        RuleFor(x => x.Time).Present();
        RuleFor(x => x.Time).SetValidator(TimeSpecValidator.Instance);
    }
}
