using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="ResponsibilityStatement"/>: one or more existing actors, each once; a defined
/// combination (<c>either-of</c> naming one actor is a warning) and intent; valid targets; a defined modality.</summary>
public sealed class ResponsibilityStatementValidator : AbstractValidator<ResponsibilityStatement>, IRecordValidator<ResponsibilityStatement>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<ResponsibilityStatement> Rules = new()
    {
        { nameof(ResponsibilityStatement.Actors), static (ref issues, statement) => issues.StatementActors(statement.Actors) },
        { nameof(ResponsibilityStatement.Combination), static (ref issues, statement) => issues.Combination(statement.Combination, statement.Actors) },
        { nameof(ResponsibilityStatement.Intent), static (ref issues, statement) => issues.Defined(statement.Intent) },
        { nameof(ResponsibilityStatement.Targets), static (ref issues, statement) => issues.Elements(statement.Targets, TargetValidator.Instance) },
        { nameof(Statement.Modality), static (ref issues, statement) => issues.Defined(statement.Modality) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly ResponsibilityStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public ResponsibilityStatementValidator() => Rules.AddTo(this);

    RecordRules<ResponsibilityStatement> IRecordValidator<ResponsibilityStatement>.Rules => Rules;
}
