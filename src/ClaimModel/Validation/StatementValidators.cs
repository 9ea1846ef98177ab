using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>The polymorphic statement rule shared by claims and denials: each <see cref="Statement"/> kind is
/// validated by its own validator.</summary>
internal static class StatementValidators
{
    /// <summary>Validates a statement member by its runtime kind.</summary>
    public static IRuleBuilderOptions<T, Statement?> Statement<T>(this IRuleBuilder<T, Statement?> rule) =>
        rule.Child(static (context, statement) =>
        {
            switch (statement)
            {
                case ResponsibilityStatement responsibility:
                    ChildRecords.Validate(context, ResponsibilityStatementValidator.Instance, responsibility);
                    break;
                case PresenceStatement presence:
                    ChildRecords.Validate(context, PresenceStatementValidator.Instance, presence);
                    break;
                case QuantityStatement quantity:
                    ChildRecords.Validate(context, QuantityStatementValidator.Instance, quantity);
                    break;
                case TargetStatement target:
                    ChildRecords.Validate(context, TargetStatementValidator.Instance, target);
                    break;
                case OccurrenceStatement occurrence:
                    ChildRecords.Validate(context, OccurrenceStatementValidator.Instance, occurrence);
                    break;
                case TextStatement text:
                    ChildRecords.Validate(context, TextStatementValidator.Instance, text);
                    break;
            }
        });
}
