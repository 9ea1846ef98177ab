using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="ResponsibilityStatement"/>: the responsible actor exists; targets are valid.</summary>
public sealed class ResponsibilityStatementValidator : AbstractValidator<ResponsibilityStatement>, IRecordValidator<ResponsibilityStatement>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<ResponsibilityStatement> Rules = new()
    {
        { nameof(ResponsibilityStatement.Actors), static (ref issues, statement) => issues.References(statement.Actors, EntityKind.Actor) },
        { nameof(ResponsibilityStatement.Targets), static (ref issues, statement) => issues.Elements(statement.Targets, TargetValidator.Instance) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly ResponsibilityStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public ResponsibilityStatementValidator() => Rules.AddTo(this);

    RecordRules<ResponsibilityStatement> IRecordValidator<ResponsibilityStatement>.Rules => Rules;
}
