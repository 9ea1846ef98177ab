using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="TargetStatement"/>: a defined scope; at least one target, each valid; a defined modality.</summary>
public sealed class TargetStatementValidator : AbstractValidator<TargetStatement>, IRecordValidator<TargetStatement>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<TargetStatement> Rules = new()
    {
        { nameof(TargetStatement.Scope), static (ref issues, statement) => issues.Defined(statement.Scope) },
        {
            nameof(TargetStatement.Targets), static (ref issues, statement) =>
            {
                if (statement.Targets.IsEmpty)
                {
                    issues.Fail(ErrorCodes.Required, "must name at least one target", "[]");
                }

                issues.Elements(statement.Targets, TargetValidator.Instance);
            }
        },
        { nameof(Statement.Modality), static (ref issues, statement) => issues.Defined(statement.Modality) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly TargetStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public TargetStatementValidator() => Rules.AddTo(this);

    RecordRules<TargetStatement> IRecordValidator<TargetStatement>.Rules => Rules;
}
