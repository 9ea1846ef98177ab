namespace ClaimModel.Validation;

/// <summary>The polymorphic statement rule shared by claims and denials: each <see cref="ClaimModel.Statement"/>
/// kind is checked by its own validator's rules.</summary>
internal static class StatementRule
{
    /// <summary>Checks a statement, when present, by its runtime kind.</summary>
    public static void Statement(this ref RecordIssues issues, Statement? statement, int index = -1)
    {
        switch (statement)
        {
            case ResponsibilityStatement responsibility:
                issues.Child(responsibility, ResponsibilityStatementValidator.Instance, index);
                break;
            case PresenceStatement presence:
                issues.Child(presence, PresenceStatementValidator.Instance, index);
                break;
            case QuantityStatement quantity:
                issues.Child(quantity, QuantityStatementValidator.Instance, index);
                break;
            case TargetStatement target:
                issues.Child(target, TargetStatementValidator.Instance, index);
                break;
            case OccurrenceStatement occurrence:
                issues.Child(occurrence, OccurrenceStatementValidator.Instance, index);
                break;
            case TextStatement text:
                issues.Child(text, TextStatementValidator.Instance, index);
                break;
        }
    }
}
