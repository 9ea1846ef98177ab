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
            _ = ValidateAs(context, statement, ResponsibilityStatementValidator.Instance)
                || ValidateAs(context, statement, PresenceStatementValidator.Instance)
                || ValidateAs(context, statement, QuantityStatementValidator.Instance)
                || ValidateAs(context, statement, TargetStatementValidator.Instance)
                || ValidateAs(context, statement, OccurrenceStatementValidator.Instance)
                || ValidateAs(context, statement, TextStatementValidator.Instance);
        });

    /// <summary>Validates <paramref name="statement"/> with <paramref name="validator"/> when it is of the
    /// validator's kind; returns whether it is.</summary>
    private static bool ValidateAs<T, TStatement>(ValidationContext<T> context, Statement statement, IValidator<TStatement> validator)
        where TStatement : Statement
    {
        if (statement is not TStatement typed)
        {
            return false;
        }

        ChildRecords.Validate(context, validator, typed);
        return true;
    }
}
