using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates an <see cref="OccurrenceStatement"/>: a valid time.</summary>
public sealed class OccurrenceStatementValidator : AbstractValidator<OccurrenceStatement>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly OccurrenceStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public OccurrenceStatementValidator()
    {
        RuleFor(x => x.Time).Present().Child(TimeSpecValidator.Instance);
    }
}
