using FluentValidation;
using FluentValidation.Validators;

namespace ClaimModel.Validation;

/// <summary>The polymorphic statement rule shared by claims and denials: each <see cref="Statement"/> kind is
/// validated by its own validator.</summary>
internal static class StatementValidators
{
    /// <summary>Validates a statement member by its runtime kind.</summary>
    public static void Statement<T>(this IRuleBuilder<T, Statement?> rule) =>
        rule.SetInheritanceValidator(Add);

    private static void Add<T>(PolymorphicValidator<T, Statement?> validator)
    {
        validator.Add(ResponsibilityStatementValidator.Instance);
        validator.Add(PresenceStatementValidator.Instance);
        validator.Add(QuantityStatementValidator.Instance);
        validator.Add(TargetStatementValidator.Instance);
        validator.Add(OccurrenceStatementValidator.Instance);
        validator.Add(TextStatementValidator.Instance);
    }
}
